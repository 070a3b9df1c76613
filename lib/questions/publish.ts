import "server-only";
import { desc, eq, inArray } from "drizzle-orm";
import { municipalities, qaQuestions, qaRounds, qaRoundVersions, trajectoryMunicipalities } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { DomainRuleError } from "@/lib/errors";
import { formatDateTime, t } from "@/lib/i18n";
import { notifyUsers } from "@/lib/messaging/outbox";
import { gateRefusalMessage } from "@/lib/minutes/gate-messages";
import { renderMinutesPdf } from "@/lib/pdf/minutes-document";
import { extractPdfText } from "@/lib/pdf/text-layer";
import { passGate } from "@/lib/redaction/gate";
import { renderPublishedMinutes } from "@/lib/rich-text/render";
import { questionDetectionOptions } from "./detection";
import { composeRoundDocument, roundProblems, roundTouchers } from "./round";
import { roundRecipients } from "./recipients";
import { lockRound, roundItems } from "./round-writes";
import { publicQuestionsPath, subjectOf, subjectTitle } from "./subject";

type Ctx = WriteContext & { actor: Actor };
type Refusal = { refused: string; message: string; trajectoryId: string; field?: string };
type Published = {
  consultationId: string | null;
  trajectoryId: string;
  number: number;
  version: number;
  notified: number;
};

async function municipalityOf(tx: Executor, trajectoryId: string): Promise<string> {
  const places = await tx
    .select({ name: municipalities.name })
    .from(trajectoryMunicipalities)
    .innerJoin(municipalities, eq(municipalities.id, trajectoryMunicipalities.municipalityId))
    .where(eq(trajectoryMunicipalities.trajectoryId, trajectoryId));
  return places.map((p) => p.name).join(", ") || t("app.municipality");
}

/**
 * Publishes an approved round as the next immutable version of the nota van inlichtingen and tells every
 * participant at the same moment, in one transaction. The round passes the publication gate as one
 * document (HTML, JSON, PDF text and metadata, title, change note); who asked is never part of it.
 */
export async function publishRound(
  ctx: Ctx,
  input: { roundId: string; changeNote: string },
  origin: string,
  now = new Date(),
): Promise<Published> {
  const outcome = await ctx.db.transaction(async (tx): Promise<Refusal | Published> => {
    const round = await lockRound(tx, input.roundId);
    const subject = subjectOf(round);
    const subjectName = await subjectTitle(tx, subject);
    const refuse = (refused: string, message: string, field?: string): Refusal => ({
      refused,
      message,
      trajectoryId: subject.trajectoryId,
      field,
    });
    if (round.state !== "approved" || !round.reviewedBy) return refuse("not_approved", t("questions.roundNotApproved"));
    const items = await roundItems(tx, round.id);
    // Four eyes, again at the last moment.
    if (roundTouchers(round, items).includes(round.reviewedBy) || round.submittedBy === round.reviewedBy)
      return refuse("approver_touched", t("questions.approverTouched"));
    const problems = roundProblems(items);
    if (problems.length) return refuse("incomplete", problems.join(" "));
    const [latest] = await tx
      .select({ version: qaRoundVersions.version })
      .from(qaRoundVersions)
      .where(eq(qaRoundVersions.roundId, round.id))
      .orderBy(desc(qaRoundVersions.version))
      .limit(1);
    const version = (latest?.version ?? 0) + 1;
    if (version > 1 && input.changeNote.length < 5)
      return refuse("change_note_required", t("minutes.changeNoteRequired"), "changeNote");

    const ids = items.map((i) => i.id);
    const stored = await tx.select().from(qaQuestions).where(inArray(qaQuestions.id, ids));
    const dismissed = [...new Set(stored.flatMap((q) => [...q.questionDismissed, ...q.answerDismissed]))];
    const options = await questionDetectionOptions(tx, subject);
    const municipality = await municipalityOf(tx, subject.trajectoryId);
    const title = t("questions.pdfTitle", { number: round.number, title: subjectName });
    const subtitle = t("questions.pdfSubtitle", { municipality, version, at: formatDateTime(now) });
    const changeNote = version > 1 ? input.changeNote : undefined;
    const gate = await passGate(
      {
        document: composeRoundDocument(items),
        dismissed,
        options,
        notes: changeNote ? [{ name: "change_note", text: changeNote }] : [],
      },
      async (body) => {
        const html = renderPublishedMinutes(body);
        const pdf = await renderMinutesPdf({
          title,
          subtitle,
          municipality,
          body,
          footer: t("questions.pdfFooter"),
          publishedAt: now,
        });
        const extracted = await extractPdfText(pdf);
        return {
          html,
          pdf,
          surfaces: [
            { name: "html", content: html },
            { name: "json", content: JSON.stringify(body) },
            { name: "pdf", content: extracted.text },
            { name: "pdf_metadata", content: extracted.metadata },
            { name: "meta", content: `${title} ${subtitle}` },
          ],
        };
      },
    );
    if (!gate.ok) {
      const inNote =
        gate.refusal.reason === "leak_check" && gate.refusal.leaks.some((l) => l.surface === "change_note");
      if (inNote) return refuse("change_note", t("minutes.changeNoteLeak"), "changeNote");
      return refuse(gate.refusal.reason, gateRefusalMessage(gate.refusal));
    }
    await tx.insert(qaRoundVersions).values({
      roundId: round.id,
      ...subject,
      roundNumber: round.number,
      version,
      body: gate.copy.body,
      html: gate.html,
      text: gate.copy.text,
      pdf: gate.pdf,
      questionCount: items.length,
      changesText: items.some((i) => i.changeSummary !== null),
      changeNote: changeNote ?? null,
      redactionCount: gate.copy.removedCount,
      approvedBy: round.reviewedBy,
      publishedBy: ctx.actor.id,
      publishedAt: now,
    });
    await tx
      .update(qaRounds)
      .set({
        state: "published",
        submittedBy: null,
        submittedAt: null,
        reviewedBy: null,
        reviewedAt: null,
        touchedBy: [],
      })
      .where(eq(qaRounds.id, round.id));
    await tx
      .update(qaQuestions)
      .set({ state: "answered", touchedBy: [], updatedAt: now })
      .where(inArray(qaQuestions.id, ids));
    const recipients = await roundRecipients(tx, subject);
    const notified = await notifyUsers(tx, recipients, {
      subject: t(version > 1 ? "questions.correctedSubject" : "questions.publishedSubject", {
        number: round.number,
        title: subjectName,
      }),
      body: t("questions.publishedBody", { number: round.number, title: subjectName, version }),
      link: `${origin}${publicQuestionsPath(subject)}/ronde/${round.number}`,
    });
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "question_round.publish",
        objectType: "question_round",
        objectId: round.id,
        trajectoryId: subject.trajectoryId,
        details: {
          number: round.number,
          version,
          notified,
          questions: items.length,
          redactions: gate.copy.grounds,
          approvedBy: round.reviewedBy,
        },
      },
    );
    return { ...subject, number: round.number, version, notified };
  });
  if ("refused" in outcome) {
    // Audited after the transaction, which changed nothing.
    await recordAudit(ctx, {
      action: "question_round.publish",
      objectType: "question_round",
      objectId: input.roundId,
      trajectoryId: outcome.trajectoryId,
      result: "denied",
      details: { reason: outcome.refused },
    });
    throw new DomainRuleError(outcome.message, outcome.field);
  }
  return outcome;
}

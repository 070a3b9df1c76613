import { eq } from "drizzle-orm";
import { consultationFeedbackDrafts, consultations } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { DomainRuleError, NotFoundError } from "@/lib/errors";
import { t } from "@/lib/i18n";
import { notifyUsers } from "@/lib/messaging/outbox";
import { gateRefusalMessage } from "@/lib/minutes/gate-messages";
import { passGate } from "@/lib/redaction/gate";
import { renderPublishedMinutes } from "@/lib/rich-text/render";
import { commenters, consultationParticipants } from "./participants";
import { feedbackDetectionOptions } from "./feedback-context";
import { lockConsultationAndFeedback } from "./feedback-review";
import { effectiveState } from "./state-machine";

type Ctx = WriteContext & { actor: Actor };

async function loadForOfficer(tx: Executor, id: string) {
  const [c] = await tx.select().from(consultations).where(eq(consultations.id, id)).for("update");
  if (!c) throw new NotFoundError("consultation");
  return c;
}

/** Closes a consultation before its closing moment; from then on the server refuses responses. */
export async function closeConsultationNow(ctx: Ctx, id: string, now = new Date()): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const c = await loadForOfficer(tx, id);
    const state = effectiveState(c, now);
    if (state !== "open" && state !== "published") throw new DomainRuleError(t("consultation.notClosable"));
    await tx
      .update(consultations)
      .set({ state: "closed", closesAt: now < c.closesAt ? now : c.closesAt, updatedAt: now })
      .where(eq(consultations.id, id));
    await recordAudit(
      { ...ctx, db: tx },
      { action: "consultation.close", objectType: "consultation", objectId: id, trajectoryId: c.trajectoryId },
    );
  });
}

type Refusal = { reason: string; message: string; trajectoryId: string };

/**
 * Publishes what was heard and what was done with it, to all participants at once, through the
 * publication gate: only feedback a second officer approved (four eyes, checked again here), refused
 * while a suggestion is undecided or when removed or sensitive text is still found on the page or in
 * its data. What is stored is the redacted copy, never the working copy.
 */
export async function publishFeedback(
  ctx: Ctx,
  input: { consultationId: string },
  origin: string,
  now = new Date(),
): Promise<number> {
  const outcome = await ctx.db.transaction(async (tx): Promise<number | Refusal> => {
    const { consultation: c, draft } = await lockConsultationAndFeedback(tx, input.consultationId);
    if (effectiveState(c, now) !== "closed") throw new DomainRuleError(t("consultation.feedbackNotYet"));
    const refuse = (reason: string, message: string): Refusal => ({ reason, message, trajectoryId: c.trajectoryId });
    if (!draft || draft.status !== "approved" || !draft.reviewedBy)
      return refuse("not_approved", t("consultation.feedbackNotApproved"));
    // Four eyes, again at the last moment: the approval must come from someone who did not touch the text.
    if (draft.touchedBy.includes(draft.reviewedBy))
      return refuse("approver_touched", t("consultation.feedbackApproverTouched"));
    const gate = await passGate(
      {
        document: draft.document,
        dismissed: draft.dismissedFindings,
        options: await feedbackDetectionOptions(tx, c),
      },
      (body) => {
        const html = renderPublishedMinutes(body);
        return {
          surfaces: [
            { name: "html", content: html },
            { name: "json", content: JSON.stringify(body) },
          ],
        };
      },
    );
    if (!gate.ok)
      return refuse(
        gate.refusal.reason,
        gate.refusal.reason === "open_findings"
          ? t("consultation.feedbackOpenFindings", { count: gate.refusal.open.length })
          : gateRefusalMessage(gate.refusal),
      );
    await tx
      .update(consultations)
      .set({ state: "feedback_published", feedback: gate.copy.body, feedbackPublishedAt: now, updatedAt: now })
      .where(eq(consultations.id, c.id));
    await tx
      .update(consultationFeedbackDrafts)
      .set({ publishedBy: ctx.actor.id, publishedAt: now })
      .where(eq(consultationFeedbackDrafts.consultationId, c.id));
    const recipients = [...new Set([...(await consultationParticipants(tx, c.id)), ...(await commenters(tx, c.id))])];
    const sent = await notifyUsers(tx, recipients, {
      kind: "feedback_published",
      subject: t("consultation.feedbackSubject", { title: c.title }),
      body: t("consultation.feedbackBody", { title: c.title }),
      link: `${origin}/consultaties/${c.id}`,
    });
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "consultation.publish_feedback",
        objectType: "consultation",
        objectId: c.id,
        trajectoryId: c.trajectoryId,
        details: {
          notified: sent,
          redactions: gate.copy.grounds,
          // Who touched it: the record of four eyes, by id.
          touchedBy: draft.touchedBy,
          approvedBy: draft.reviewedBy,
        },
      },
    );
    return sent;
  });
  if (typeof outcome === "number") return outcome;
  // Audited after the transaction, which changed nothing.
  await recordAudit(ctx, {
    action: "consultation.publish_feedback",
    objectType: "consultation",
    objectId: input.consultationId,
    trajectoryId: outcome.trajectoryId,
    result: "denied",
    details: { reason: outcome.reason },
  });
  throw new DomainRuleError(outcome.message, "feedback");
}

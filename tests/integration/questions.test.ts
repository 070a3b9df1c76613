import { and, eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { auditLog, notifications, qaQuestions, qaRoundVersions } from "@/db/schema";
import type { Database } from "@/db/connection";
import { createConsultation, inviteParticipants, publishConsultation } from "@/lib/consultation/writes";
import { loadConsultationFor } from "@/lib/consultation/reads";
import { editConsultation } from "@/lib/consultation/edit";
import { listConsultationChanges } from "@/db/queries/consultations";
import { DomainRuleError } from "@/lib/errors";
import { askQuestion } from "@/lib/questions/ask-writes";
import { mergeQuestion, saveAnswer } from "@/lib/questions/answer-writes";
import { setQuestionPeriod } from "@/lib/questions/period-writes";
import { publishRound } from "@/lib/questions/publish";
import { listOwnQuestionsFor, listPublishedRoundsFor } from "@/lib/questions/reads";
import { createRound, reopenRound, reviewRound, setRoundMembership, submitRound } from "@/lib/questions/round-writes";
import { remindUnansweredQuestions } from "@/lib/questions/unanswered-reminders";
import { amsterdamDay, parseLocalDateTime } from "@/lib/time/amsterdam";
import { extractPdfText } from "@/lib/pdf/text-layer";
import type { RichTextDoc } from "@/lib/rich-text/schema";
import { describeEachDatabase } from "@/tests/helpers/test-db";
import { providerWorld } from "./fixtures";
import { anotherOfficer } from "./feedback-flow";

const ORIGIN = "https://portaal.example";
const COST = "€ 61,40";

const para = (...content: RichTextDoc["content"] & object) => ({ type: "paragraph" as const, content });
const txt = (text: string, redacted = false) =>
  redacted
    ? { type: "text" as const, text, marks: [{ type: "redaction" as const, attrs: { ground: "5.1.2f" } }] }
    : { type: "text" as const, text };
const doc = (...content: ReturnType<typeof para>[]): RichTextDoc => ({ type: "doc", content });

async function setUp(db: Database, suffix: string) {
  const w = await providerWorld(db, suffix);
  const { id } = await createConsultation(w.ctx, w.input);
  await inviteParticipants(w.ctx, { consultationId: id, providerIds: [w.a.id, w.b.id], userIds: [] }, ORIGIN);
  await publishConsultation(w.ctx, id, ORIGIN);
  const reviewer = await anotherOfficer(db, `collega${suffix}`);
  return { ...w, id, reviewer, officer: w.ctx.actor };
}

describeEachDatabase("questions and answers (nota van inlichtingen)", (getDb, _driver, getOwner) => {
  it("keeps a question, its unpublished answer and its asker from other participants until the round is published", async () => {
    const db = getDb();
    const w = await setUp(db, "-q1");
    const ctxA = { db, actor: w.memberA, origin: "test" };
    const ctxB = { db, actor: w.memberB, origin: "test" };
    const { id: qa } = await askQuestion(ctxA, {
      consultationId: w.id,
      body: `Onze kostprijs is ${COST} per uur. Is het tarief daarop gebaseerd?`,
    });
    const { id: qb } = await askQuestion(ctxB, { consultationId: w.id, body: "Waarop is het tarief gebaseerd?" });
    const visibleB = await loadConsultationFor(db, w.memberB, w.id);
    const visibleA = await loadConsultationFor(db, w.memberA, w.id);
    expect((await listOwnQuestionsFor(db, w.memberA, visibleA)).map((q) => q.id)).toEqual([qa]);
    expect((await listOwnQuestionsFor(db, w.memberB, visibleB)).map((q) => q.id)).toEqual([qb]);

    await mergeQuestion(w.ctx, { questionId: qb, intoId: qa });
    expect((await listOwnQuestionsFor(db, w.memberB, visibleB))[0]?.state).toBe("merged");
    const answer = doc(para(txt("Het tarief volgt uit de kostprijsberekening van de regio.")));
    // The cost price is still in the public copy: the gate refuses it while the suggestion is undecided.
    await saveAnswer(w.ctx, {
      questionId: qa,
      revision: 1,
      publicQuestion: doc(para(txt(`Onze kostprijs is ${COST} per uur. Is het tarief daarop gebaseerd?`))),
      questionDismissed: [],
      answer,
      answerDismissed: [],
      fixed: "0",
      changeId: "",
    });
    const round = await createRound(w.ctx, { consultationId: w.id, plannedAt: "" });
    expect(round.number).toBe(1);
    await setRoundMembership(w.ctx, { roundId: round.id, questionId: qa, intent: "add" });
    // A draft answer cannot go to review.
    await expect(submitRound(w.ctx, round.id)).rejects.toThrow(/nog een concept/);
    expect(await listPublishedRoundsFor(db, w.memberB, visibleB)).toEqual([]);

    await saveAnswer(w.ctx, {
      questionId: qa,
      revision: 2,
      publicQuestion: doc(
        para(txt("Onze kostprijs is "), txt(COST, true), txt(" per uur. Is het tarief daarop gebaseerd?")),
      ),
      questionDismissed: [],
      answer,
      answerDismissed: [],
      fixed: "1",
      changeId: "",
    });
    await submitRound(w.ctx, round.id);
    // Four eyes: the officer who wrote and submitted may not approve.
    await expect(reviewRound(w.ctx, { roundId: round.id, decision: "approve", remarks: "" })).rejects.toThrow(
      /vier ogen/,
    );
    expect(await listPublishedRoundsFor(db, w.memberB, visibleB)).toEqual([]);
    const ctxR = { db, actor: w.reviewer, origin: "test" };
    await reviewRound(ctxR, { roundId: round.id, decision: "approve", remarks: "" });
    expect(await listPublishedRoundsFor(db, w.memberB, visibleB)).toEqual([]);

    const published = await publishRound(w.ctx, { roundId: round.id, changeNote: "" }, ORIGIN);
    expect(published).toMatchObject({ number: 1, version: 1 });
    expect(published.notified).toBeGreaterThanOrEqual(2);
    const rounds = await listPublishedRoundsFor(db, w.memberB, visibleB);
    expect(rounds).toHaveLength(1);
    const [stored] = await db.select().from(qaRoundVersions).where(eq(qaRoundVersions.consultationId, w.id));
    const pdfText = (await extractPdfText(stored!.pdf)).text;
    for (const surface of [stored!.html, JSON.stringify(stored!.body), stored!.text, pdfText]) {
      expect(surface).toContain("kostprijsberekening");
      expect(surface).not.toContain("61,40");
      for (const name of [w.memberA.name, w.memberB.name, w.a.name, w.b.name, w.memberA.email])
        expect(surface).not.toContain(name);
    }
    expect((await listOwnQuestionsFor(db, w.memberA, visibleA))[0]).toMatchObject({
      state: "answered",
      roundNumber: 1,
    });
    for (const who of [w.memberA, w.memberB])
      expect(
        (await db.select().from(notifications).where(eq(notifications.userId, who.id))).some((n) =>
          n.title.includes("ronde 1"),
        ),
      ).toBe(true);
    // The published round is immutable, also for the owner role.
    for (const statement of [
      "UPDATE qa_round_versions SET html = 'x'",
      "DELETE FROM qa_round_versions",
      "TRUNCATE qa_round_versions",
    ])
      for (const db_ of [db, getOwner()]) {
        const error = await db_.execute(sql.raw(statement)).then(
          () => null,
          (e: unknown) => e as { cause?: { code?: string; message?: string }; code?: string },
        );
        const cause = error?.cause ?? error;
        expect(cause?.code, statement).toBe("42501");
      }
    expect(await db.select().from(qaRoundVersions).where(eq(qaRoundVersions.consultationId, w.id))).toHaveLength(1);
    // The asker's original stays in the working table, which only officers and the asker read.
    const [original] = await db.select().from(qaQuestions).where(eq(qaQuestions.id, qa));
    expect(original?.body).toContain("61,40");
  });

  it("refuses a question after the period, from an uninvited provider and for a consultation that does not exist, and audits it", async () => {
    const db = getDb();
    const w = await setUp(db, "-q2");
    const { id: other } = await createConsultation(w.ctx, { ...w.input, title: "Alleen voor A" });
    await inviteParticipants(w.ctx, { consultationId: other, providerIds: [w.a.id], userIds: [] }, ORIGIN);
    await publishConsultation(w.ctx, other, ORIGIN);
    const ctxB = { db, actor: w.memberB, origin: "test" };
    await expect(
      askQuestion(ctxB, { consultationId: other, body: "Mag ik ook meedoen met deze consultatie?" }),
    ).rejects.toThrow(/niet uitgenodigd/);
    await setQuestionPeriod(w.ctx, { consultationId: w.id, closesAt: new Date(Date.now() - 60_000) });
    const late = askQuestion(ctxB, { consultationId: w.id, body: "Een vraag die te laat komt voor de periode." });
    await expect(late).rejects.toBeInstanceOf(DomainRuleError);
    await expect(late).rejects.toThrow(/vragenperiode is voorbij/);
    const denied = await db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, "question.ask"), eq(auditLog.result, "denied"), eq(auditLog.actorId, w.memberB.id)),
      );
    expect(denied.map((d) => (d.details as { reason: string }).reason).sort()).toEqual(["not_invited", "period_over"]);
    expect(JSON.stringify(denied)).not.toContain("te laat");
    await expect(
      setQuestionPeriod(w.ctx, { consultationId: w.id, closesAt: new Date(Date.now() + 30 * 86400_000) }),
    ).rejects.toThrow(/niet na het sluiten/);
  });

  it("refuses a round without answers and a publication without approval", async () => {
    const db = getDb();
    const w = await setUp(db, "-q3");
    const round = await createRound(w.ctx, { consultationId: w.id, plannedAt: "" });
    await expect(submitRound(w.ctx, round.id)).rejects.toThrow(/zonder vragen en antwoorden/);
    await expect(publishRound(w.ctx, { roundId: round.id, changeNote: "" }, ORIGIN)).rejects.toThrow(
      /niet goedgekeurd/,
    );
    const second = await createRound(w.ctx, { consultationId: w.id, plannedAt: "" });
    expect(second.number).toBe(2);
    const refusals = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.objectId, round.id), eq(auditLog.result, "denied")));
    expect(refusals.map((r) => r.action).sort()).toEqual(["question_round.publish", "question_round.submit"]);
  });

  it("reminds the officers of unanswered questions once a day, after the period or when a question waits", async () => {
    const db = getDb();
    const w = await setUp(db, "-q4");
    await askQuestion(
      { db, actor: w.memberA, origin: "test" },
      { consultationId: w.id, body: "Komt er een tweede ronde?" },
    );
    const tomorrowTen = parseLocalDateTime(`${amsterdamDay(new Date(Date.now() + 86400_000))}T10:00`)!;
    const job = { db, now: tomorrowTen, siteUrl: ORIGIN };
    // Asked less than two days ago, period still running: nothing yet.
    expect(await remindUnansweredQuestions(job, 2)).toEqual({ consultations: 0, trajectories: 0, notified: 0 });
    await setQuestionPeriod(w.ctx, { consultationId: w.id, closesAt: new Date(Date.now() - 1000) });
    expect(await remindUnansweredQuestions(job, 2)).toEqual({ consultations: 1, trajectories: 0, notified: 1 });
    expect(await remindUnansweredQuestions({ ...job, now: new Date(tomorrowTen.getTime() + 3600_000) }, 2)).toEqual({
      consultations: 0,
      trajectories: 0,
      notified: 0,
    });
    const mail = await db.select().from(notifications).where(eq(notifications.userId, w.officer.id));
    expect(mail.filter((n) => n.title.startsWith("Onbeantwoorde vragen"))).toHaveLength(1);
    // The next day it reminds again while the question still waits.
    expect(
      await remindUnansweredQuestions({ ...job, now: new Date(tomorrowTen.getTime() + 86400_000) }, 2),
    ).toMatchObject({
      consultations: 1,
    });
  });

  it("refuses to publish a round while the cost price or the asker's organisation is undecided, and audits it", async () => {
    const db = getDb();
    const w = await setUp(db, "-q5");
    const body = `Bij ${w.a.name} is de kostprijs ${COST} per uur. Klopt het tarief?`;
    const { id: q } = await askQuestion({ db, actor: w.memberA, origin: "test" }, { consultationId: w.id, body });
    await saveAnswer(w.ctx, {
      questionId: q,
      revision: 1,
      publicQuestion: doc(para(txt(body))),
      questionDismissed: [],
      answer: doc(para(txt("Ja, het tarief is regionaal vastgesteld."))),
      answerDismissed: [],
      fixed: "1",
      changeId: "",
    });
    const round = await createRound(w.ctx, { consultationId: w.id, plannedAt: "" });
    await setRoundMembership(w.ctx, { roundId: round.id, questionId: q, intent: "add" });
    await submitRound(w.ctx, round.id);
    await reviewRound(
      { db, actor: w.reviewer, origin: "test" },
      { roundId: round.id, decision: "approve", remarks: "" },
    );
    await expect(publishRound(w.ctx, { roundId: round.id, changeNote: "" }, ORIGIN)).rejects.toThrow(
      /suggesties voor weglakken niet beoordeeld/,
    );
    expect(await db.select().from(qaRoundVersions).where(eq(qaRoundVersions.roundId, round.id))).toHaveLength(0);
    const [denied] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.objectId, round.id), eq(auditLog.action, "question_round.publish")));
    expect(denied).toMatchObject({ result: "denied", details: { reason: "open_findings" } });
  });

  it("links an answer to the consultation's change log and corrects a published round as a new version", async () => {
    const db = getDb();
    const w = await setUp(db, "-q6");
    const { id: q } = await askQuestion(
      { db, actor: w.memberA, origin: "test" },
      { consultationId: w.id, body: "Wordt de sluitdatum nog verschoven?" },
    );
    await editConsultation(
      w.ctx,
      {
        consultationId: w.id,
        title: w.input.title,
        introduction: w.input.introduction,
        opensAt: w.input.opensAt,
        closesAt: new Date(w.input.closesAt.getTime() + 7 * 86400_000),
        changeSummary: "De sluitdatum is een week later.",
      },
      ORIGIN,
    );
    const [change] = await listConsultationChanges(db, w.id);
    const answer = (text: string, revision: number) =>
      saveAnswer(w.ctx, {
        questionId: q,
        revision,
        publicQuestion: doc(para(txt("Wordt de sluitdatum nog verschoven?"))),
        questionDismissed: [],
        answer: doc(para(txt(text))),
        answerDismissed: [],
        fixed: "1",
        changeId: change!.id,
      });
    await answer("Ja, met een week.", 1);
    const round = await createRound(w.ctx, { consultationId: w.id, plannedAt: "" });
    await setRoundMembership(w.ctx, { roundId: round.id, questionId: q, intent: "add" });
    const approveAndPublish = async (changeNote: string) => {
      await submitRound(w.ctx, round.id);
      await reviewRound(
        { db, actor: w.reviewer, origin: "test" },
        { roundId: round.id, decision: "approve", remarks: "" },
      );
      return publishRound(w.ctx, { roundId: round.id, changeNote }, ORIGIN);
    };
    expect(await approveAndPublish("")).toMatchObject({ version: 1 });
    // A correction: reopened, the answer changed, a change note required, then version 2 beside version 1.
    await reopenRound(w.ctx, round.id);
    await answer("Ja, met precies zeven dagen.", 2);
    await expect(approveAndPublish("")).rejects.toThrow(/Beschrijf wat er is gewijzigd/);
    await publishRound(w.ctx, { roundId: round.id, changeNote: "Het antwoord noemt nu het aantal dagen." }, ORIGIN);
    const versions = await db.select().from(qaRoundVersions).where(eq(qaRoundVersions.roundId, round.id));
    expect(versions.map((v) => v.version).sort()).toEqual([1, 2]);
    const v1 = versions.find((v) => v.version === 1)!;
    const v2 = versions.find((v) => v.version === 2)!;
    expect(v1.text).toContain("Ja, met een week.");
    expect(v2.text).toContain("Ja, met precies zeven dagen.");
    expect(v2.text).toContain("Dit antwoord wijzigt de tekst van de consultatie: De sluitdatum is een week later.");
    expect(v2).toMatchObject({ changesText: true, changeNote: "Het antwoord noemt nu het aantal dagen." });
    const visibleA = await loadConsultationFor(db, w.memberA, w.id);
    expect((await listOwnQuestionsFor(db, w.memberA, visibleA))[0]).toMatchObject({
      state: "answered",
      roundNumber: 1,
    });
  });
});

import { and, eq, like } from "drizzle-orm";
import { expect, it } from "vitest";
import {
  auditLog,
  consultations,
  municipalities,
  notifications,
  providerProducts,
  providerSubregions,
  providers,
  qaQuestions,
  qaRoundVersions,
  trajectoryMunicipalities,
  trajectoryProducts,
  users,
} from "@/db/schema";
import type { Database } from "@/db/connection";
import type { Actor } from "@/lib/auth/actor";
import { createConsultation, inviteParticipants, publishConsultation } from "@/lib/consultation/writes";
import { DomainRuleError, ForbiddenError, InputError, NotFoundError } from "@/lib/errors";
import { loadQuestionForOfficer, loadTrajectoryQuestionsForOfficer } from "@/lib/questions/officer-reads";
import { createTable } from "@/lib/overlegtafel/table-writes";
import { extractPdfText } from "@/lib/pdf/text-layer";
import { mergeQuestion, saveAnswer } from "@/lib/questions/answer-writes";
import { setTrajectoryQuestionPeriod } from "@/lib/questions/period-writes";
import { publishRound } from "@/lib/questions/publish";
import { createRound, reviewRound, setRoundMembership, submitRound } from "@/lib/questions/round-writes";
import { askTrajectoryQuestion } from "@/lib/questions/trajectory-ask-writes";
import { remindUnansweredQuestions } from "@/lib/questions/unanswered-reminders";
import { amsterdamDay, parseLocalDateTime } from "@/lib/time/amsterdam";
import {
  latestTrajectoryRoundsFor,
  listOwnTrajectoryQuestionsFor,
  listPlannedTrajectoryRoundsFor,
  loadTrajectoryQuestionsPageFor,
  loadTrajectoryRoundVersionFor,
} from "@/lib/questions/trajectory-reads";
import { loadTrajectoryCombinedNotaFor } from "@/lib/questions/nota";
import type { RichTextDoc } from "@/lib/rich-text/schema";
import { setFollowing } from "@/lib/trajectory/follow";
import { createTrajectory, moveTrajectoryPhase } from "@/lib/trajectory/writes";
import { describeEachDatabase } from "@/tests/helpers/test-db";
import { anotherOfficer } from "./feedback-flow";
import { minimalWorld, providerWorld } from "./fixtures";

const ORIGIN = "https://portaal.example";
const COST = "€ 61,40";

const txt = (text: string, redacted = false) =>
  redacted
    ? { type: "text" as const, text, marks: [{ type: "redaction" as const, attrs: { ground: "5.1.2f" } }] }
    : { type: "text" as const, text };
const doc = (...content: ReturnType<typeof txt>[][]): RichTextDoc => ({
  type: "doc",
  content: content.map((c) => ({ type: "paragraph", content: c })),
});

async function person(db: Database, values: typeof users.$inferInsert): Promise<Actor> {
  const [u] = await db.insert(users).values(values).returning();
  return {
    id: u!.id,
    name: u!.name,
    email: u!.email,
    role: u!.role,
    providerId: u!.providerId,
    membershipStatus: u!.membershipStatus,
    councilId: u!.councilId,
  };
}

async function provider(db: Database, name: string, kvk: string) {
  const [p] = await db
    .insert(providers)
    .values({ name, kvkNumber: kvk, city: "Zaandam", sizeClass: "medium" })
    .returning();
  const member = await person(db, {
    email: `lid-${kvk}@example.nl`,
    name: `Lid ${name}`,
    role: "provider_member",
    providerId: p!.id,
    membershipStatus: "approved",
  });
  return { provider: p!, member };
}

/**
 * A public trajectory in its analysis phase and everyone who takes part in it in another way: a provider
 * invited to one of its consultations, a provider of its overlegtafel, a follower; and an outsider.
 */
async function setUp(db: Database, suffix: string) {
  const w = await providerWorld(db, suffix);
  const digits = suffix.replace(/\D/g, "");
  const invited = await provider(db, `Uitgenodigd${suffix}`, `31${digits}`);
  const atTable = await provider(db, `Aan tafel${suffix}`, `32${digits}`);
  const outsider = await provider(db, `Buitenstaander${suffix}`, `33${digits}`);
  const { id: consultationId } = await createConsultation(w.ctx, w.input);
  await inviteParticipants(w.ctx, { consultationId, providerIds: [invited.provider.id], userIds: [] }, ORIGIN);
  await publishConsultation(w.ctx, consultationId, ORIGIN);
  const trajectoryId = w.input.trajectoryId;
  // The table's provider offers the trajectory's product in its sub-region.
  const [product] = await db.select().from(trajectoryProducts).where(eq(trajectoryProducts.trajectoryId, trajectoryId));
  const [place] = await db
    .select({ subregionId: municipalities.subregionId })
    .from(trajectoryMunicipalities)
    .innerJoin(municipalities, eq(municipalities.id, trajectoryMunicipalities.municipalityId))
    .where(eq(trajectoryMunicipalities.trajectoryId, trajectoryId));
  await db.insert(providerProducts).values({ providerId: atTable.provider.id, productId: product!.productId });
  await db.insert(providerSubregions).values({ providerId: atTable.provider.id, subregionId: place!.subregionId });
  await createTable(w.ctx, {
    trajectoryId,
    title: "Overlegtafel begeleiding",
    subject: "product",
    productIds: [product!.productId],
    theme: null,
    subregionId: null,
  });
  const follower = await person(db, { email: `volger${suffix}@example.nl`, name: "Volger", role: "resident" });
  await setFollowing({ db, actor: follower, origin: "test" }, { trajectoryId, follow: "1" });
  await moveTrajectoryPhase(w.ctx, { trajectoryId, from: "strategic_goals", to: "analysis" });
  const reviewer = await anotherOfficer(db, `collega${suffix}`);
  return { ...w, trajectoryId, invited, atTable, outsider, follower, reviewer };
}

const ask = (db: Database, actor: Actor, trajectoryId: string, body: string, now?: Date) =>
  askTrajectoryQuestion({ db, actor, origin: "test" }, { trajectoryId, body }, now);

async function answerFinal(ctx: { db: Database; actor: Actor; origin: string }, questionId: string, cost = false) {
  const [q] = await ctx.db.select().from(qaQuestions).where(eq(qaQuestions.id, questionId));
  await saveAnswer(ctx, {
    questionId,
    revision: q!.revision,
    publicQuestion: cost
      ? doc([txt("Onze kostprijs is "), txt(COST, true), txt(" per uur. Telt die mee voor het tarief?")])
      : doc([txt("Telt de kostprijs mee voor het tarief?")]),
    questionDismissed: [],
    answer: doc([txt("Ja, de regio rekent met een kostprijsonderzoek.")]),
    answerDismissed: [],
    fixed: "1",
    changeId: "",
  });
}

describeEachDatabase("questions about a trajectory as a whole", (getDb) => {
  it("keeps unpublished answers and askers from others, and gives a published round to everyone taking part at once", async () => {
    const db = getDb();
    const w = await setUp(db, "-tq1");
    const { id: qa } = await ask(db, w.memberA, w.trajectoryId, `Onze kostprijs is ${COST} per uur. Telt die mee?`);
    const { id: qb } = await ask(db, w.memberB, w.trajectoryId, "Telt de kostprijs mee voor het tarief?");
    const pageFor = (actor: Actor | null) => loadTrajectoryQuestionsPageFor(db, actor, w.trajectoryId);
    const ownIds = async (actor: Actor | null) =>
      (await listOwnTrajectoryQuestionsFor(db, actor, await pageFor(actor))).map((q) => q.id);
    expect(await ownIds(w.memberA)).toEqual([qa]);
    expect(await ownIds(w.memberB)).toEqual([qb]);
    expect(await ownIds(null)).toEqual([]);
    expect((await pageFor(w.memberA)).mayAsk).toBe(true);
    expect((await pageFor(null)).mayAsk).toBe(false);

    await mergeQuestion(w.ctx, { questionId: qb, intoId: qa });
    await answerFinal(w.ctx, qa, true);
    const round = await createRound(w.ctx, { trajectoryId: w.trajectoryId, plannedAt: "" });
    expect(round.number).toBe(1);
    // The trajectory's series is its own: a consultation round numbers from 1 too.
    const consultationRound = await createRound(w.ctx, {
      consultationId: (await consultationOf(db, w.trajectoryId))!,
      plannedAt: "",
    });
    expect(consultationRound.number).toBe(1);
    await setRoundMembership(w.ctx, { roundId: round.id, questionId: qa, intent: "add" });
    await submitRound(w.ctx, round.id);
    await reviewRound(
      { db, actor: w.reviewer, origin: "test" },
      { roundId: round.id, decision: "approve", remarks: "" },
    );
    // Approved is not published: nobody outside the municipality reaches the answer yet.
    for (const actor of [w.memberB, w.outsider.member, null]) {
      expect(await latestTrajectoryRoundsFor(db, await pageFor(actor))).toEqual([]);
      await expect(loadTrajectoryRoundVersionFor(db, actor, w.trajectoryId, 1, 1)).rejects.toThrow(NotFoundError);
      expect((await loadTrajectoryCombinedNotaFor(db, actor, w.trajectoryId)).rounds).toEqual([]);
      // The officers' list, with who asked, is for the municipality only.
      await expect(loadTrajectoryQuestionsForOfficer(db, actor, w.trajectoryId)).rejects.toThrow(ForbiddenError);
      await expect(loadQuestionForOfficer(db, actor, qa)).rejects.toThrow(ForbiddenError);
    }

    const published = await publishRound(w.ctx, { roundId: round.id, changeNote: "" }, ORIGIN);
    expect(published).toMatchObject({ consultationId: null, trajectoryId: w.trajectoryId, number: 1, version: 1 });
    const [stored] = await db.select().from(qaRoundVersions).where(eq(qaRoundVersions.trajectoryId, w.trajectoryId));
    expect(stored!.consultationId).toBeNull();
    const combined = await loadTrajectoryCombinedNotaFor(db, null, w.trajectoryId);
    const pdfText = (await extractPdfText(stored!.pdf)).text;
    for (const surface of [stored!.html, JSON.stringify(stored!.body), stored!.text, pdfText, combined.html]) {
      expect(surface).toContain("kostprijsonderzoek");
      expect(surface).not.toContain("61,40");
      for (const name of [w.memberA.name, w.memberB.name, w.a.name, w.b.name, w.memberA.email])
        expect(surface).not.toContain(name);
    }
    for (const actor of [w.outsider.member, null])
      expect((await loadTrajectoryRoundVersionFor(db, actor, w.trajectoryId, 1, 1)).version.id).toBe(stored!.id);

    // Everyone taking part, in one transaction: the same database moment for every notification.
    const told = await db
      .select()
      .from(notifications)
      .where(like(notifications.link, `%/trajecten/${w.trajectoryId}/vragen/ronde/1`));
    const expected = [w.memberA, w.memberB, w.invited.member, w.atTable.member, w.follower].map((a) => a.id);
    expect(told.map((n) => n.userId).sort()).toEqual([...expected].sort());
    expect(new Set(told.map((n) => n.createdAt.toISOString())).size).toBe(1);
    expect(told.map((n) => n.userId)).not.toContain(w.outsider.member.id);
    expect(published.notified).toBe(expected.length);
    expect(await ownIds(w.memberB)).toEqual([qb]);
    expect((await listOwnTrajectoryQuestionsFor(db, w.memberA, await pageFor(w.memberA)))[0]).toMatchObject({
      state: "answered",
      roundNumber: 1,
    });
  });

  it("refuses and audits questions outside the phases, on an internal trajectory, after the period, empty or too long", async () => {
    const db = getDb();
    const w = await setUp(db, "-tq2");
    const refusals = async () =>
      (
        await db
          .select()
          .from(auditLog)
          .where(and(eq(auditLog.action, "question.ask_trajectory"), eq(auditLog.result, "denied")))
      ).map((r) => (r.details as { reason: string }).reason);
    const body = "Wat verwacht de gemeente van de aanbieders in deze fase?";
    // Officers answer, they do not ask; a pending member does not speak for the organisation.
    await expect(ask(db, w.ctx.actor, w.trajectoryId, body)).rejects.toThrow(/Medewerkers/);
    const pending = await person(db, {
      email: "wacht-tq2@example.nl",
      name: "Wacht",
      role: "provider_member",
      providerId: w.a.id,
      membershipStatus: "pending",
    });
    await expect(ask(db, pending, w.trajectoryId, body)).rejects.toThrow(DomainRuleError);
    // Empty and 20,000 characters: refused with the field's message, audited without the text.
    for (const text of ["", "x".repeat(20_000)]) {
      const error = await ask(db, w.memberA, w.trajectoryId, text).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).fieldErrors.body?.[0]).toMatch(text ? /20000 tekens lang/ : /Vul uw vraag in/);
    }
    await setTrajectoryQuestionPeriod(w.ctx, { trajectoryId: w.trajectoryId, closesAt: new Date(Date.now() - 60_000) });
    await expect(ask(db, w.memberA, w.trajectoryId, body)).rejects.toThrow(/vragenperiode is voorbij/);
    await setTrajectoryQuestionPeriod(w.ctx, { trajectoryId: w.trajectoryId, closesAt: "" });
    await moveTrajectoryPhase(w.ctx, { trajectoryId: w.trajectoryId, from: "analysis", to: "choices" });
    const { id: asked } = await ask(db, w.memberA, w.trajectoryId, body);
    await moveTrajectoryPhase(w.ctx, { trajectoryId: w.trajectoryId, from: "choices", to: "execution" });
    await expect(ask(db, w.memberA, w.trajectoryId, body)).rejects.toThrow(/fase Analyse of Keuzes/);

    const other = await minimalWorld(db, "-tq2i");
    const otherCtx = { db, actor: other.actor, origin: "test" };
    const { id: internalId } = await createTrajectory(otherCtx, { ...other.input, visibility: "internal" });
    await moveTrajectoryPhase(otherCtx, { trajectoryId: internalId, from: "strategic_goals", to: "analysis" });
    await expect(ask(db, w.memberA, internalId, body)).rejects.toThrow(/niet openbaar/);
    await expect(loadTrajectoryQuestionsPageFor(db, w.memberA, internalId)).rejects.toThrow(NotFoundError);

    expect(await refusals()).toEqual([
      "staff",
      "not_in_audience",
      "invalid_text",
      "invalid_text",
      "period_over",
      "wrong_phase",
      "internal",
    ]);
    const all = await db.select().from(auditLog).where(eq(auditLog.action, "question.ask_trajectory"));
    for (const row of all) expect(JSON.stringify(row.details)).not.toContain("verwacht de gemeente");
    expect(await db.select().from(qaQuestions).where(eq(qaQuestions.trajectoryId, w.trajectoryId))).toHaveLength(1);

    // A round without answers, and one whose answer is still a draft, are refused and audited.
    const plannedAt = new Date(Date.now() + 3 * 86400_000);
    const round = await createRound(w.ctx, { trajectoryId: w.trajectoryId, plannedAt });
    // Participants see the planned date, not the content.
    const pageB = await loadTrajectoryQuestionsPageFor(db, w.memberB, w.trajectoryId);
    expect(await listPlannedTrajectoryRoundsFor(db, pageB)).toEqual([{ number: 1, plannedAt }]);
    await expect(submitRound(w.ctx, round.id)).rejects.toThrow(/zonder vragen en antwoorden/);
    await setRoundMembership(w.ctx, { roundId: round.id, questionId: asked, intent: "add" });
    await saveAnswer(w.ctx, {
      questionId: asked,
      revision: 1,
      publicQuestion: doc([txt(body)]),
      questionDismissed: [],
      answer: doc([txt("Dat leest u in de nota.")]),
      answerDismissed: [],
      fixed: "0",
      changeId: "",
    });
    await expect(submitRound(w.ctx, round.id)).rejects.toThrow(/nog een concept/);
    await expect(publishRound(w.ctx, { roundId: round.id, changeNote: "" }, ORIGIN)).rejects.toThrow(
      /nog niet goedgekeurd/,
    );
    const roundRefusals = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.objectId, round.id), eq(auditLog.result, "denied")));
    expect(roundRefusals.map((r) => [r.action, (r.details as { reason: string }).reason])).toEqual([
      ["question_round.submit", "incomplete"],
      ["question_round.submit", "incomplete"],
      ["question_round.publish", "not_approved"],
    ]);
    expect(await db.select().from(qaRoundVersions).where(eq(qaRoundVersions.trajectoryId, w.trajectoryId))).toEqual([]);
    // The reminder job covers the trajectory's unanswered question: past the choices phase, once a day.
    const tomorrowTen = parseLocalDateTime(`${amsterdamDay(new Date(Date.now() + 86400_000))}T10:00`)!;
    const job = { db, now: tomorrowTen, siteUrl: ORIGIN };
    expect(await remindUnansweredQuestions(job, 2)).toEqual({ consultations: 0, trajectories: 1, notified: 1 });
    expect(await remindUnansweredQuestions(job, 2)).toEqual({ consultations: 0, trajectories: 0, notified: 0 });
    const reminders = await db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.userId, w.ctx.actor.id),
          like(notifications.link, `%/beheer/trajecten/${w.trajectoryId}/vragen`),
        ),
      );
    expect(reminders.map((n) => n.title)).toEqual(["Onbeantwoorde vragen: Inkoop begeleiding"]);
  });
});

async function consultationOf(db: Database, trajectoryId: string) {
  const [c] = await db
    .select({ id: consultations.id })
    .from(consultations)
    .where(eq(consultations.trajectoryId, trajectoryId));
  return c?.id;
}

import { and, asc, desc, eq, isNotNull, ne, or } from "drizzle-orm";
import { qaQuestions, qaRounds, qaRoundVersions } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { speakingFor, type Actor } from "@/lib/auth/actor";
import { loadConsultationFor, type VisibleConsultation } from "@/lib/consultation/reads";
import { NotFoundError } from "@/lib/errors";
import { can } from "@/lib/policy";
import { questionPeriodOf } from "./period";

/**
 * A consultation's questions page as this actor may see it: the consultation (not found when it does
 * not exist for them), the question period and whether they may ask now.
 */
export async function loadQuestionsPageFor(
  db: Executor,
  actor: Actor | null,
  consultationId: string,
  now = new Date(),
) {
  const visible = await loadConsultationFor(db, actor, consultationId, now);
  const period = await questionPeriodOf(db, visible.consultation);
  const askResource = { ...visible.resource, periodOpen: now < period.ends };
  return { visible, period, mayAsk: can(actor, "question.ask", askResource) };
}

export type OwnQuestion = {
  id: string;
  body: string;
  askedAt: Date;
  state: "received" | "answered" | "merged" | "declined";
  declineReason: string | null;
  roundNumber: number | null;
};

/** The questions the actor (or the organisation they speak for) asked in this consultation, newest first. */
export async function listOwnQuestionsFor(
  db: Executor,
  actor: Actor | null,
  visible: VisibleConsultation,
): Promise<OwnQuestion[]> {
  if (!actor || !can(actor, "question_round.view_published", visible.resource)) return [];
  const providerId = speakingFor(actor);
  const rows = await db
    .select({ q: qaQuestions, roundNumber: qaRounds.number, roundState: qaRounds.state })
    .from(qaQuestions)
    .leftJoin(qaRounds, eq(qaRounds.id, qaQuestions.roundId))
    .where(
      and(
        eq(qaQuestions.consultationId, visible.consultation.id),
        providerId
          ? or(eq(qaQuestions.providerId, providerId), eq(qaQuestions.askedBy, actor.id))
          : eq(qaQuestions.askedBy, actor.id),
      ),
    )
    .orderBy(desc(qaQuestions.askedAt));
  // Only what the policy calls the actor's own; the round number only once that round was published.
  return rows
    .filter((r) => can(actor, "question.view_own", r.q))
    .map(({ q, roundNumber, roundState }) => ({
      id: q.id,
      body: q.body,
      askedAt: q.askedAt,
      state: q.state,
      declineReason: q.state === "declined" ? q.declineReason : null,
      roundNumber: q.state === "answered" && roundState ? roundNumber : null,
    }));
}

/** Every published version of every round of the consultation, oldest round first, newest version first. */
export async function listPublishedRoundsFor(db: Executor, actor: Actor | null, visible: VisibleConsultation) {
  if (!can(actor, "question_round.view_published", visible.resource)) throw new NotFoundError("consultation");
  return db
    .select({
      id: qaRoundVersions.id,
      roundNumber: qaRoundVersions.roundNumber,
      version: qaRoundVersions.version,
      html: qaRoundVersions.html,
      body: qaRoundVersions.body,
      questionCount: qaRoundVersions.questionCount,
      changeNote: qaRoundVersions.changeNote,
      publishedAt: qaRoundVersions.publishedAt,
    })
    .from(qaRoundVersions)
    .where(eq(qaRoundVersions.consultationId, visible.consultation.id))
    .orderBy(asc(qaRoundVersions.roundNumber), desc(qaRoundVersions.version));
}

export type PublishedRound = Awaited<ReturnType<typeof listPublishedRoundsFor>>[number];

/** The newest version of each round: what the combined nota van inlichtingen is made of. */
export function latestVersions(rounds: readonly PublishedRound[]): PublishedRound[] {
  const seen = new Map<number, PublishedRound>();
  for (const r of rounds) {
    const current = seen.get(r.roundNumber);
    if (!current || r.version > current.version) seen.set(r.roundNumber, r);
  }
  return [...seen.values()].sort((a, b) => a.roundNumber - b.roundNumber);
}

/** One published version of a round with its PDF, for the document routes. */
export async function loadRoundVersionFor(
  db: Executor,
  actor: Actor | null,
  consultationId: string,
  roundNumber: number,
  version: number,
) {
  const { visible } = await loadQuestionsPageFor(db, actor, consultationId);
  if (!can(actor, "question_round.view_published", visible.resource)) throw new NotFoundError("consultation");
  const [row] = await db
    .select()
    .from(qaRoundVersions)
    .where(
      and(
        eq(qaRoundVersions.consultationId, consultationId),
        eq(qaRoundVersions.roundNumber, roundNumber),
        eq(qaRoundVersions.version, version),
      ),
    );
  if (!row) throw new NotFoundError("round");
  return { consultation: visible.consultation, version: row };
}

/** The planned dates of rounds not yet published: a schedule participants may rely on, without content. */
export async function listPlannedRoundsFor(db: Executor, actor: Actor | null, visible: VisibleConsultation) {
  if (!can(actor, "question_round.view_published", visible.resource)) throw new NotFoundError("consultation");
  return db
    .select({ number: qaRounds.number, plannedAt: qaRounds.plannedAt })
    .from(qaRounds)
    .where(
      and(
        eq(qaRounds.consultationId, visible.consultation.id),
        ne(qaRounds.state, "published"),
        isNotNull(qaRounds.plannedAt),
      ),
    )
    .orderBy(asc(qaRounds.number));
}

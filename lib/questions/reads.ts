import type { Executor } from "@/db/connection";
import type { Actor } from "@/lib/auth/actor";
import { loadConsultationFor, type VisibleConsultation } from "@/lib/consultation/reads";
import { NotFoundError } from "@/lib/errors";
import { can } from "@/lib/policy";
import { questionPeriodOf } from "./period";
import {
  ownQuestionsOf,
  plannedRoundsOf,
  publishedRoundsOf,
  roundVersionOf,
  type OwnQuestion,
  type PublishedRound,
} from "./subject-reads";

export type { OwnQuestion, PublishedRound };

const subjectOfConsultation = (visible: VisibleConsultation) => ({
  consultationId: visible.consultation.id,
  trajectoryId: visible.consultation.trajectoryId,
});

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

/** The questions the actor (or the organisation they speak for) asked in this consultation, newest first. */
export async function listOwnQuestionsFor(
  db: Executor,
  actor: Actor | null,
  visible: VisibleConsultation,
): Promise<OwnQuestion[]> {
  if (!actor || !can(actor, "question_round.view_published", visible.resource)) return [];
  return ownQuestionsOf(db, actor, subjectOfConsultation(visible));
}

/** Every published version of every round of the consultation, oldest round first, newest version first. */
export async function listPublishedRoundsFor(db: Executor, actor: Actor | null, visible: VisibleConsultation) {
  if (!can(actor, "question_round.view_published", visible.resource)) throw new NotFoundError("consultation");
  return publishedRoundsOf(db, subjectOfConsultation(visible));
}

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
  const row = await roundVersionOf(db, subjectOfConsultation(visible), roundNumber, version);
  if (!row) throw new NotFoundError("round");
  return { consultation: visible.consultation, version: row };
}

/** The planned dates of rounds not yet published: a schedule participants may rely on, without content. */
export async function listPlannedRoundsFor(db: Executor, actor: Actor | null, visible: VisibleConsultation) {
  if (!can(actor, "question_round.view_published", visible.resource)) throw new NotFoundError("consultation");
  return plannedRoundsOf(db, subjectOfConsultation(visible));
}

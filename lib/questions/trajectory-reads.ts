import type { Executor } from "@/db/connection";
import { getTrajectoryOrThrow } from "@/db/queries/trajectories";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors";
import { can } from "@/lib/policy";
import { trajectoryQuestionPeriodOf } from "./period";
import { latestVersions } from "./reads";
import type { QuestionSubject } from "./subject";
import { ownQuestionsOf, plannedRoundsOf, publishedRoundsOf, roundVersionOf } from "./subject-reads";
import { trajectoryPeriodOpen } from "./trajectory-access";

/**
 * The questions page of a trajectory as a whole as this actor may see it: the trajectory (an internal
 * one does not exist for the public), the officer's earlier end if any, and whether they may ask now.
 */
export async function loadTrajectoryQuestionsPageFor(
  db: Executor,
  actor: Actor | null,
  trajectoryId: string,
  now = new Date(),
) {
  const trajectory = await getTrajectoryOrThrow(db, trajectoryId);
  if (!can(actor, "trajectory.view", { visibility: trajectory.visibility })) throw new NotFoundError("trajectory");
  const ownEnd = await trajectoryQuestionPeriodOf(db, trajectoryId);
  const periodOpen = trajectoryPeriodOpen(trajectory.currentPhase, ownEnd, now);
  const resource = { visibility: trajectory.visibility, phase: trajectory.currentPhase, periodOpen };
  const subject: QuestionSubject = { consultationId: null, trajectoryId };
  return { trajectory, subject, ownEnd, periodOpen, mayAsk: can(actor, "question.ask_trajectory", resource) };
}

type Loaded = Awaited<ReturnType<typeof loadTrajectoryQuestionsPageFor>>;

/** The actor's own questions about the trajectory as a whole, with what happened to each. */
export async function listOwnTrajectoryQuestionsFor(db: Executor, actor: Actor | null, loaded: Loaded) {
  return actor ? ownQuestionsOf(db, actor, loaded.subject) : [];
}

/** Every published version of the trajectory's own rounds (visible wherever the trajectory is). */
export function listTrajectoryRoundsFor(db: Executor, loaded: Loaded) {
  return publishedRoundsOf(db, loaded.subject);
}

export function listPlannedTrajectoryRoundsFor(db: Executor, loaded: Loaded) {
  return plannedRoundsOf(db, loaded.subject);
}

/** One published version of a trajectory round with its PDF, for the document routes. */
export async function loadTrajectoryRoundVersionFor(
  db: Executor,
  actor: Actor | null,
  trajectoryId: string,
  roundNumber: number,
  version: number,
) {
  const loaded = await loadTrajectoryQuestionsPageFor(db, actor, trajectoryId);
  const row = await roundVersionOf(db, loaded.subject, roundNumber, version);
  if (!row) throw new NotFoundError("round");
  return { title: loaded.trajectory.title, version: row };
}

/** The newest version of each published trajectory round, for the trajectory's public page and its nota. */
export async function latestTrajectoryRoundsFor(db: Executor, loaded: Loaded) {
  return latestVersions(await listTrajectoryRoundsFor(db, loaded));
}

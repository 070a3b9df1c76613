import { and, asc, desc, eq, ne } from "drizzle-orm";
import { consultationChanges, providers, qaQuestions, qaRounds, qaRoundVersions, users } from "@/db/schema";
import type { Executor } from "@/db/connection";
import type { Actor } from "@/lib/auth/actor";
import { getConsultationOrThrow } from "@/db/queries/consultations";
import { getTrajectoryOrThrow } from "@/db/queries/trajectories";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { can } from "@/lib/policy";
import { questionDetectionOptions } from "./detection";
import { questionPeriodOf, trajectoryQuestionPeriodOf } from "./period";
import { subjectOf, subjectTitle, subjectWhere, type QuestionSubject } from "./subject";

// Officers see who asked: the asker's identity is for the municipality only, never published.
function assertAdministers(actor: Actor | null) {
  if (!can(actor, "question.administer")) throw new ForbiddenError("question.administer");
}

/** Every question of the subject with asker, state and round, and its rounds in order. */
async function questionsAndRounds(db: Executor, subject: QuestionSubject) {
  const questions = await db
    .select({ q: qaQuestions, askerName: users.name, providerName: providers.name })
    .from(qaQuestions)
    .innerJoin(users, eq(users.id, qaQuestions.askedBy))
    .leftJoin(providers, eq(providers.id, qaQuestions.providerId))
    .where(subjectWhere(qaQuestions, subject))
    .orderBy(asc(qaQuestions.askedAt));
  const rounds = await db.select().from(qaRounds).where(subjectWhere(qaRounds, subject)).orderBy(asc(qaRounds.number));
  return { questions, rounds };
}

/** The officers' one list of all questions of a consultation, with asker, state and round. */
export async function loadQuestionsForOfficer(db: Executor, actor: Actor | null, consultationId: string) {
  assertAdministers(actor);
  const detail = await getConsultationOrThrow(db, consultationId);
  const { questions, rounds } = await questionsAndRounds(db, { consultationId, trajectoryId: detail.trajectoryId });
  const period = await questionPeriodOf(db, detail);
  return { consultation: detail, questions, rounds, period };
}

/** The officers' one list of the questions about a trajectory as a whole, with its own question period. */
export async function loadTrajectoryQuestionsForOfficer(db: Executor, actor: Actor | null, trajectoryId: string) {
  assertAdministers(actor);
  const trajectory = await getTrajectoryOrThrow(db, trajectoryId);
  const { questions, rounds } = await questionsAndRounds(db, { consultationId: null, trajectoryId });
  return { trajectory, questions, rounds, ownEnd: await trajectoryQuestionPeriodOf(db, trajectoryId) };
}

export type OfficerQuestionRow = Awaited<ReturnType<typeof loadQuestionsForOfficer>>["questions"][number];

/** One question in the officers' workspace, with what its editor needs. */
export async function loadQuestionForOfficer(db: Executor, actor: Actor | null, questionId: string) {
  assertAdministers(actor);
  const [row] = await db
    .select({ q: qaQuestions, askerName: users.name, providerName: providers.name })
    .from(qaQuestions)
    .innerJoin(users, eq(users.id, qaQuestions.askedBy))
    .leftJoin(providers, eq(providers.id, qaQuestions.providerId))
    .where(eq(qaQuestions.id, questionId));
  if (!row) throw new NotFoundError("question");
  const subject = subjectOf(row.q);
  const [others, changes, round, options, title] = await Promise.all([
    db
      .select({
        id: qaQuestions.id,
        body: qaQuestions.body,
        state: qaQuestions.state,
        mergedInto: qaQuestions.mergedInto,
      })
      .from(qaQuestions)
      .where(subjectWhere(qaQuestions, subject))
      .orderBy(asc(qaQuestions.askedAt)),
    // Only a consultation has a text that an answer can change.
    subject.consultationId
      ? db
          .select()
          .from(consultationChanges)
          .where(eq(consultationChanges.consultationId, subject.consultationId))
          .orderBy(desc(consultationChanges.changedAt))
      : Promise.resolve([]),
    row.q.roundId ? db.select().from(qaRounds).where(eq(qaRounds.id, row.q.roundId)) : Promise.resolve([]),
    questionDetectionOptions(db, subject),
    subjectTitle(db, subject),
  ]);
  return {
    ...row,
    subject,
    title,
    mergeTargets: others.filter((o) => o.id !== questionId && o.state !== "merged"),
    mergedHere: others.filter((o) => o.mergedInto === questionId).length,
    changes,
    round: round[0] ?? null,
    options,
  };
}

/** A round in the officers' workspace: its questions in order and its published versions. */
export async function loadRoundForOfficer(db: Executor, actor: Actor | null, roundId: string) {
  assertAdministers(actor);
  const [round] = await db.select().from(qaRounds).where(eq(qaRounds.id, roundId));
  if (!round) throw new NotFoundError("round");
  const subject = subjectOf(round);
  const [items, versions, candidates, title] = await Promise.all([
    db.select().from(qaQuestions).where(eq(qaQuestions.roundId, roundId)).orderBy(asc(qaQuestions.askedAt)),
    db
      .select({
        version: qaRoundVersions.version,
        publishedAt: qaRoundVersions.publishedAt,
        changeNote: qaRoundVersions.changeNote,
      })
      .from(qaRoundVersions)
      .where(eq(qaRoundVersions.roundId, roundId))
      .orderBy(desc(qaRoundVersions.version)),
    db
      .select()
      .from(qaQuestions)
      .where(and(subjectWhere(qaQuestions, subject), ne(qaQuestions.state, "merged")))
      .orderBy(asc(qaQuestions.askedAt)),
    subjectTitle(db, subject),
  ]);
  return {
    round,
    subject,
    title,
    items,
    versions,
    candidates: candidates.filter((q) => q.state === "received" && q.roundId === null),
  };
}

import { asc, desc, eq } from "drizzle-orm";
import { consultationChanges, providers, qaQuestions, qaRounds, qaRoundVersions, users } from "@/db/schema";
import type { Executor } from "@/db/connection";
import type { Actor } from "@/lib/auth/actor";
import { getConsultationOrThrow } from "@/db/queries/consultations";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { can } from "@/lib/policy";
import { questionDetectionOptions } from "./detection";
import { questionPeriodOf } from "./period";

// Officers see who asked: the asker's identity is for the municipality only, never published.
function assertAdministers(actor: Actor | null) {
  if (!can(actor, "question.administer")) throw new ForbiddenError("question.administer");
}

/** The officers' one list of all questions of a consultation, with asker, state and round. */
export async function loadQuestionsForOfficer(db: Executor, actor: Actor | null, consultationId: string) {
  assertAdministers(actor);
  const detail = await getConsultationOrThrow(db, consultationId);
  const questions = await db
    .select({
      q: qaQuestions,
      askerName: users.name,
      providerName: providers.name,
    })
    .from(qaQuestions)
    .innerJoin(users, eq(users.id, qaQuestions.askedBy))
    .leftJoin(providers, eq(providers.id, qaQuestions.providerId))
    .where(eq(qaQuestions.consultationId, consultationId))
    .orderBy(asc(qaQuestions.askedAt));
  const rounds = await db
    .select()
    .from(qaRounds)
    .where(eq(qaRounds.consultationId, consultationId))
    .orderBy(asc(qaRounds.number));
  const period = await questionPeriodOf(db, detail);
  return { consultation: detail, questions, rounds, period };
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
  const consultation = await getConsultationOrThrow(db, row.q.consultationId);
  const [others, changes, round, options] = await Promise.all([
    db
      .select({
        id: qaQuestions.id,
        body: qaQuestions.body,
        state: qaQuestions.state,
        mergedInto: qaQuestions.mergedInto,
      })
      .from(qaQuestions)
      .where(eq(qaQuestions.consultationId, row.q.consultationId))
      .orderBy(asc(qaQuestions.askedAt)),
    db
      .select()
      .from(consultationChanges)
      .where(eq(consultationChanges.consultationId, row.q.consultationId))
      .orderBy(desc(consultationChanges.changedAt)),
    row.q.roundId ? db.select().from(qaRounds).where(eq(qaRounds.id, row.q.roundId)) : Promise.resolve([]),
    questionDetectionOptions(db, consultation),
  ]);
  return {
    ...row,
    consultation,
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
  const consultation = await getConsultationOrThrow(db, round.consultationId);
  const [items, versions, candidates] = await Promise.all([
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
      .where(eq(qaQuestions.consultationId, round.consultationId))
      .orderBy(asc(qaQuestions.askedAt)),
  ]);
  return {
    round,
    consultation,
    items,
    versions,
    candidates: candidates.filter((q) => q.state === "received" && q.roundId === null),
  };
}

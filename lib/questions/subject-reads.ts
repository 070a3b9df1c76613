import { and, asc, desc, eq, isNotNull, ne, or } from "drizzle-orm";
import { qaQuestions, qaRounds, qaRoundVersions } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { speakingFor, type Actor } from "@/lib/auth/actor";
import { can } from "@/lib/policy";
import { subjectWhere, type QuestionSubject } from "./subject";

// The queries behind the askers' and the public pages of a consultation and of a trajectory as a whole.
// Callers have asked the policy whether the actor may see the subject (`reads`, `trajectory-reads`).

export type OwnQuestion = {
  id: string;
  body: string;
  askedAt: Date;
  state: "received" | "answered" | "merged" | "declined";
  declineReason: string | null;
  roundNumber: number | null;
};

/** The questions the actor (or the organisation they speak for) asked about this subject, newest first. */
export async function ownQuestionsOf(db: Executor, actor: Actor, subject: QuestionSubject): Promise<OwnQuestion[]> {
  const providerId = speakingFor(actor);
  const rows = await db
    .select({ q: qaQuestions, roundNumber: qaRounds.number, roundState: qaRounds.state })
    .from(qaQuestions)
    .leftJoin(qaRounds, eq(qaRounds.id, qaQuestions.roundId))
    .where(
      and(
        subjectWhere(qaQuestions, subject),
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

/** Every published version of every round of the subject, oldest round first, newest version first. */
export function publishedRoundsOf(db: Executor, subject: QuestionSubject) {
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
    .where(subjectWhere(qaRoundVersions, subject))
    .orderBy(asc(qaRoundVersions.roundNumber), desc(qaRoundVersions.version));
}

export type PublishedRound = Awaited<ReturnType<typeof publishedRoundsOf>>[number];

/** One published version of a round of the subject, with its PDF; undefined when there is none. */
export async function roundVersionOf(db: Executor, subject: QuestionSubject, roundNumber: number, version: number) {
  const [row] = await db
    .select()
    .from(qaRoundVersions)
    .where(
      and(
        subjectWhere(qaRoundVersions, subject),
        eq(qaRoundVersions.roundNumber, roundNumber),
        eq(qaRoundVersions.version, version),
      ),
    );
  return row;
}

/** The planned dates of the subject's rounds not yet published: a schedule without content. */
export function plannedRoundsOf(db: Executor, subject: QuestionSubject) {
  return db
    .select({ number: qaRounds.number, plannedAt: qaRounds.plannedAt })
    .from(qaRounds)
    .where(and(subjectWhere(qaRounds, subject), ne(qaRounds.state, "published"), isNotNull(qaRounds.plannedAt)))
    .orderBy(asc(qaRounds.number));
}

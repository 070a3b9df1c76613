import { and, eq, isNull, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { consultations, trajectories } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { NotFoundError } from "@/lib/errors";

/**
 * What a question or a round is about: one consultation, or the trajectory as a whole (asked in its
 * analysis or choices phase, without a consultation). Every row carries its trajectory either way.
 */
export type QuestionSubject = { consultationId: string | null; trajectoryId: string };

/** The rows of exactly this subject: a trajectory's own series leaves out its consultations' questions. */
export function subjectWhere(
  columns: { consultationId: PgColumn; trajectoryId: PgColumn },
  subject: QuestionSubject,
): SQL {
  return subject.consultationId
    ? eq(columns.consultationId, subject.consultationId)
    : and(eq(columns.trajectoryId, subject.trajectoryId), isNull(columns.consultationId))!;
}

export const sameSubject = (a: QuestionSubject, b: QuestionSubject) =>
  a.consultationId === b.consultationId && a.trajectoryId === b.trajectoryId;

export const subjectOf = (row: QuestionSubject): QuestionSubject => ({
  consultationId: row.consultationId,
  trajectoryId: row.trajectoryId,
});

/** Where participants read the subject's questions and published rounds. */
export const publicQuestionsPath = (s: QuestionSubject) =>
  s.consultationId ? `/consultaties/${s.consultationId}/vragen` : `/trajecten/${s.trajectoryId}/vragen`;

/** Where officers work on the subject's questions and rounds. */
export const officerQuestionsPath = (s: QuestionSubject) =>
  s.consultationId ? `/beheer/consultaties/${s.consultationId}/vragen` : `/beheer/trajecten/${s.trajectoryId}/vragen`;

/** The subject's title as it heads the nota van inlichtingen. */
export async function subjectTitle(db: Executor, s: QuestionSubject): Promise<string> {
  const [row] = s.consultationId
    ? await db.select({ title: consultations.title }).from(consultations).where(eq(consultations.id, s.consultationId))
    : await db.select({ title: trajectories.title }).from(trajectories).where(eq(trajectories.id, s.trajectoryId));
  if (!row) throw new NotFoundError(s.consultationId ? "consultation" : "trajectory");
  return row.title;
}

/** What an officer just did to a question, as it travels in the address (`?gedaan=`), and its message key. */
export const QUESTION_DONE: Record<string, string> = {
  opgeslagen: "questions.saved",
  samengevoegd: "questions.merged",
  afgewezen: "questions.declined",
  heropend: "questions.reopened",
};

/** The confirmation after publishing, as it travels in the address (`?versie=&ontvangers=`); null otherwise. */
export function publishedNotice(query: { versie?: string; ontvangers?: string }) {
  return query.versie && /^\d{1,5}$/.test(query.versie) && /^\d{1,7}$/.test(query.ontvangers ?? "")
    ? { version: Number(query.versie), notified: Number(query.ontvangers) }
    : null;
}

/** What the four-eyes rule is judged on for a round: its submitter and everyone who touched it or its questions. */
export function roundTouchedBy(loaded: {
  round: { submittedBy: string | null; touchedBy: readonly string[] };
  items: readonly { touchedBy: readonly string[] }[];
}) {
  const touchedBy = [...new Set([...loaded.round.touchedBy, ...loaded.items.flatMap((i) => i.touchedBy)])];
  return { submittedBy: loaded.round.submittedBy, touchedBy };
}

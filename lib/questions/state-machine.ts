import type { AnswerState, QuestionState, RoundState } from "./constants";

/**
 * Moves of a question. An officer merges a duplicate into another question or declines it with a
 * reason, and may take either back; a question becomes answered only when its round is published.
 */
const QUESTION_MOVES: Record<QuestionState, QuestionState[]> = {
  received: ["merged", "declined", "answered"],
  merged: ["received"],
  declined: ["received"],
  answered: [],
};

export function canMoveQuestion(from: QuestionState, to: QuestionState): boolean {
  return QUESTION_MOVES[from].includes(to);
}

/**
 * Officers work on a question's public copy and answer while it is received and not in a round under
 * review, and on an answered one while its round is reopened for a correction.
 */
export function questionEditable(q: { state: QuestionState }, round: { state: RoundState } | null): boolean {
  if (q.state === "received") return round === null || round.state === "draft";
  return q.state === "answered" && round?.state === "draft";
}

/** What a saved answer becomes: empty text is no answer, a draft until the officer fixes it. */
export function answerStateAfterSave(hasText: boolean, fixed: boolean): AnswerState {
  if (!hasText) return "none";
  return fixed ? "final" : "draft";
}

/** Moves of a round: compose (draft) → submit → approve (second officer) → publish; or back to draft. */
const ROUND_MOVES: Record<RoundState, RoundState[]> = {
  draft: ["submitted"],
  submitted: ["approved", "draft"],
  approved: ["published", "draft"],
  // A correction reopens the round; publishing it again writes the next version.
  published: ["draft"],
};

export function canMoveRound(from: RoundState, to: RoundState): boolean {
  return ROUND_MOVES[from].includes(to);
}

/**
 * The question period ends at its own date when the officer set one, and never after the consultation
 * closes. Questions are asked only while the consultation is open and before that moment.
 */
export function questionPeriodEnd(consultationClosesAt: Date, periodClosesAt: Date | null): Date {
  if (!periodClosesAt) return consultationClosesAt;
  return periodClosesAt < consultationClosesAt ? periodClosesAt : consultationClosesAt;
}

export function questionPeriodOpen(
  consultation: { state: "draft" | "published" | "open" | "closed" | "feedback_published"; closesAt: Date },
  periodClosesAt: Date | null,
  now: Date,
): boolean {
  return consultation.state === "open" && now < questionPeriodEnd(consultation.closesAt, periodClosesAt);
}

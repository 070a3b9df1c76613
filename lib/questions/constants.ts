/** States of a question as its asker sees them (Handreiking Dialoog §7: equal information for all). */
export const QUESTION_STATES = ["received", "answered", "merged", "declined"] as const;
export type QuestionState = (typeof QUESTION_STATES)[number];

/** An answer is written as a draft and fixed (vastgesteld) before a round may go to review. */
export const ANSWER_STATES = ["none", "draft", "final"] as const;
export type AnswerState = (typeof ANSWER_STATES)[number];

/** A round (ronde) of the nota van inlichtingen; after publication a correction starts it again as draft. */
export const ROUND_STATES = ["draft", "submitted", "approved", "published"] as const;
export type RoundState = (typeof ROUND_STATES)[number];

/** The longest question a participant may ask, in characters. */
export const MAX_QUESTION_LENGTH = 4000;
export const MIN_QUESTION_LENGTH = 10;

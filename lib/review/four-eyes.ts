/*
 * Four eyes for every text that needs a second officer before it leaves the municipality (minutes,
 * consultation feedback, rounds of questions and answers): the working copy records everyone who wrote,
 * redacted or submitted it, and none of them may approve it.
 */

/** The officers who touched a working copy, with one more (each once). */
export const withToucher = (touchedBy: readonly string[] | undefined, actorId: string): string[] => [
  ...new Set([...(touchedBy ?? []), actorId]),
];

/** Whether someone may review a submitted working copy: not its submitter, nor anyone who touched it. */
export const isIndependentReviewer = (
  actorId: string | undefined,
  copy: { submittedBy: string | null; touchedBy: readonly string[] },
): boolean =>
  actorId !== undefined &&
  copy.submittedBy !== null &&
  actorId !== copy.submittedBy &&
  !copy.touchedBy.includes(actorId);

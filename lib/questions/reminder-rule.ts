const DAY_MS = 24 * 60 * 60_000;

/** Days a question may wait for an answer before officers are reminded (QUESTION_REMINDER_DAYS, default 2; 0 = off). */
export function questionReminderDays(env: Record<string, string | undefined> = process.env): number {
  const raw = env.QUESTION_REMINDER_DAYS;
  const days = raw === undefined || raw === "" ? 2 : Number(raw);
  return Number.isFinite(days) && days >= 0 ? days : 2;
}

/** Reminders go out from this hour of the Dutch day, not in the night. */
export const REMINDER_FROM_HOUR = 8;

/**
 * Whether officers are reminded now of a consultation's unanswered questions: during the working day,
 * when there is at least one, and the question period has ended or the oldest has waited `days` days.
 */
export function unansweredReminderDue(
  input: { unansweredAskedAt: readonly Date[]; periodEnds: Date; now: Date; localHour: number },
  days: number,
): boolean {
  if (days <= 0 || input.unansweredAskedAt.length === 0) return false;
  if (input.localHour < REMINDER_FROM_HOUR) return false;
  if (input.now >= input.periodEnds) return true;
  const oldest = Math.min(...input.unansweredAskedAt.map((d) => d.getTime()));
  return input.now.getTime() - oldest >= days * DAY_MS;
}

import { addYears } from "@/lib/time/calendar-day";

/** Frequencies of performance agreements in source 002's table. */
export const FREQUENCIES = ["yearly", "biennial", "on_request"] as const;
export type Frequency = (typeof FREQUENCIES)[number];

const YEARS: Record<Exclude<Frequency, "on_request">, number> = { yearly: 1, biennial: 2 };

/**
 * The due date of the next delivery: the first due date, then every one or two years after it; the
 * first one not yet delivered is due. "On request" agreements are due only when a request sets a date.
 */
export function nextDueDate(
  agreement: { frequency: Frequency; firstDueOn: string | null; requestedDueOn?: string | null },
  deliveredCount: number,
): string | null {
  if (agreement.frequency === "on_request") return agreement.requestedDueOn ?? null;
  if (!agreement.firstDueOn) return null;
  return addYears(agreement.firstDueOn, YEARS[agreement.frequency] * deliveredCount);
}

/** Overdue from the day after the due date (a delivery on the due date is on time). */
export function isOverdue(dueOn: string | null, today: string): boolean {
  return dueOn !== null && today > dueOn;
}

/**
 * Sample check (source 002): when in more than 10% of the files drawn the goals were not realised
 * (or the care plans are missing or incomplete), step 1 of the escalation ladder follows.
 */
export const SAMPLE_THRESHOLD = 0.1;
export function sampleCheckProposesEscalation(filesDrawn: number, filesFailing: number): boolean {
  if (
    !Number.isInteger(filesDrawn) ||
    !Number.isInteger(filesFailing) ||
    filesDrawn <= 0 ||
    filesFailing < 0 ||
    filesFailing > filesDrawn
  ) {
    throw new RangeError("invalid sample");
  }
  // Integers only: compare failing * 10 > drawn to avoid floating-point edges at exactly 10%.
  return filesFailing * 10 > filesDrawn;
}

import { TZDate } from "@date-fns/tz";
import { ZONE } from "@/lib/time/amsterdam";

/**
 * A measurement year runs 1 January–31 December (Dutch time); its results are established by
 * 1 April of the next year. Until then the provider may respond to them.
 */
export function measurementPeriod(year: number): { start: Date; end: Date } {
  return {
    start: new Date(new TZDate(year, 0, 1, ZONE).getTime()),
    end: new Date(new TZDate(year + 1, 0, 1, ZONE).getTime() - 1),
  };
}

/** The moment results for `year` are established: 1 April of the next year, 00:00 in Amsterdam. */
export function establishedBy(year: number): Date {
  return new Date(new TZDate(year + 1, 3, 1, ZONE).getTime());
}

export const currentYear = (now: Date) => new TZDate(now.getTime(), ZONE).getFullYear();

/** A year in the future cannot be measured. */
export function isFutureYear(year: number, now: Date): boolean {
  return year > currentYear(now);
}

/**
 * Results are measured over a whole calendar year (1 January–31 December, Dutch time), so a year
 * is complete only from 1 January of the next year; the year in progress cannot have a result yet.
 */
export function isCompletedYear(year: number, now: Date): boolean {
  return year < currentYear(now);
}

/** The last completed measurement year: the one an officer enters results for (until 1 April). */
export const lastCompletedYear = (now: Date) => currentYear(now) - 1;

export function isEstablished(year: number, now: Date): boolean {
  return now.getTime() >= establishedBy(year).getTime();
}

/** The earliest year the portal accepts; older results are history outside any contract here. */
export const FIRST_MEASUREMENT_YEAR = 2015;

/** The most recent year whose results are still open: last year until 1 April, then this year. */
export function openMeasurementYear(now: Date): number {
  const year = currentYear(now);
  return isEstablished(year - 1, now) ? year : year - 1;
}

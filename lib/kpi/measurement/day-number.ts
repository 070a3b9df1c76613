/**
 * Calendar days as whole numbers (days since 1970-01-01), so the computations over a year of
 * allocations compare and subtract integers instead of building Date objects per row.
 * A day number is a date without a time: no time zone applies to it.
 */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;

export function dayNumber(year: number, month: number, day: number): DayNumber {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Year, month (1–12) and day of a day number. */
export function dayParts(day: DayNumber): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday; 1 January 1970 was a Thursday. */
export const weekday = (day: DayNumber) => (((day + 4) % 7) + 7) % 7;

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** "YYYY-MM-DD", as a PostgreSQL date column stores it. */
export function dayToIso(day: DayNumber): string {
  const p = dayParts(day);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** "dd-mm-jjjj", as Dutch readers write it. */
export function dayToDutch(day: DayNumber): string {
  const p = dayParts(day);
  return `${pad(p.day)}-${pad(p.month)}-${pad(p.year, 4)}`;
}

export function isoToDay(iso: string): DayNumber {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return dayNumber(y, m, d);
}

export const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

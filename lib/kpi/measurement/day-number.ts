/**
 * Calendar days as whole numbers (days since 1970-01-01), so the computations over a year of
 * allocations compare and subtract integers instead of building Date objects per row.
 * A day number is a date without a time: no time zone applies to it.
 */
export type DayNumber = number;

// Plain integer arithmetic (H. Hinnant, "chrono-compatible low-level date algorithms"), so reading
// a year of rows builds no Date objects.
export function dayNumber(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Year, month (1–12) and day of a day number. */
export function dayParts(n: DayNumber): { year: number; month: number; day: number } {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
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

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export const daysInMonth = (year: number, month: number) =>
  month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);

import { dayNumber, dayParts, weekday, type DayNumber } from "./day-number";

/**
 * Dutch working days: Monday to Friday, except the generally recognised public holidays of the
 * Algemene termijnenwet, article 3 (1): Nieuwjaarsdag, tweede Paasdag, Hemelvaartsdag, tweede
 * Pinksterdag, eerste en tweede Kerstdag, the day the King's birthday is celebrated (Koningsdag:
 * 27 April, or 26 April when the 27th is a Sunday — Wet van 2013 on Koningsdag) and 5 May
 * (Bevrijdingsdag). The act names 5 May every year, so it is a holiday here every year, not only
 * in the lustrum years in which many collective agreements give the day off. Goede Vrijdag is not
 * in the act and counts as a working day. Easter Sunday, Pinksteren and the first Easter and
 * Whit days fall on Sundays anyway.
 * https://wetten.overheid.nl/BWBR0002448/ (Algemene termijnenwet, art. 3)
 */

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): DayNumber {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(year, month, day);
}

export type Holiday = { day: DayNumber; name: string };

/** The public holidays of one year, in date order. */
export function dutchHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const kingsDay = weekday(dayNumber(year, 4, 27)) === 0 ? dayNumber(year, 4, 26) : dayNumber(year, 4, 27);
  return [
    { day: dayNumber(year, 1, 1), name: "Nieuwjaarsdag" },
    { day: easter + 1, name: "Tweede Paasdag" },
    { day: kingsDay, name: "Koningsdag" },
    { day: dayNumber(year, 5, 5), name: "Bevrijdingsdag" },
    { day: easter + 39, name: "Hemelvaartsdag" },
    { day: easter + 50, name: "Tweede Pinksterdag" },
    { day: dayNumber(year, 12, 25), name: "Eerste Kerstdag" },
    { day: dayNumber(year, 12, 26), name: "Tweede Kerstdag" },
  ].sort((x, y) => x.day - y.day);
}

const holidayCache = new Map<number, Set<DayNumber>>();

function holidaySet(year: number): Set<DayNumber> {
  let set = holidayCache.get(year);
  if (!set) {
    set = new Set(dutchHolidays(year).map((h) => h.day));
    holidayCache.set(year, set);
  }
  return set;
}

const yearOf = (day: DayNumber) => dayParts(day).year;

export function isWorkingDay(day: DayNumber): boolean {
  const wd = weekday(day);
  return wd !== 0 && wd !== 6 && !holidaySet(yearOf(day)).has(day);
}

/** The `n`th working day after `day` (the day itself is not counted). */
export function addWorkingDays(day: DayNumber, n: number): DayNumber {
  let current = day;
  for (let counted = 0; counted < n;) {
    current++;
    if (isWorkingDay(current)) counted++;
  }
  return current;
}

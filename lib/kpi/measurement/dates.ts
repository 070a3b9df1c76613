import { dayNumber, daysInMonth, type DayNumber } from "./day-number";

// dd-mm-jjjj (also d-m-jjjj, with / or . between) and jjjj-mm-dd.
const DUTCH = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
// An Excel serial number: days since 30 December 1899 (Excel's day 1 is 1 January 1900 and it counts
// a 29 February 1900 that never was; from 1 March 1900 on this base is exact). Limited to 1950–2099.
const SERIAL = /^\d{5}(?:[.,]0+)?$/;
const EXCEL_EPOCH = dayNumber(1899, 12, 30);
const SERIAL_MIN = dayNumber(1950, 1, 1) - EXCEL_EPOCH;
const SERIAL_MAX = dayNumber(2099, 12, 31) - EXCEL_EPOCH;

function validDay(year: number, month: number, day: number): DayNumber | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return dayNumber(year, month, day);
}

/**
 * Reads a date cell as files from registration systems and spreadsheets write it: dd-mm-jjjj,
 * jjjj-mm-dd or an Excel serial number. An impossible day (31-02-2025) or anything else gives null.
 */
export function parseDateCell(raw: string): DayNumber | null {
  const text = raw.trim();
  let m = DUTCH.exec(text);
  if (m) return validDay(Number(m[3]), Number(m[2]), Number(m[1]));
  m = ISO.exec(text);
  if (m) return validDay(Number(m[1]), Number(m[2]), Number(m[3]));
  if (SERIAL.test(text)) {
    const serial = Math.trunc(Number(text.replace(",", ".")));
    if (serial >= SERIAL_MIN && serial <= SERIAL_MAX) return EXCEL_EPOCH + serial;
  }
  return null;
}

import { TZDate } from "@date-fns/tz";

export const ZONE = "Europe/Amsterdam";

/** Reads a `datetime-local` value ("2027-02-01T09:00") as Dutch local time; null when malformed. */
export function parseLocalDateTime(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  const local = new TZDate(year, month - 1, day, hour, minute, ZONE);
  // Reject dates that rolled over (31 February) so a typo is not silently moved.
  if (local.getDate() !== day || local.getMonth() !== month - 1 || local.getHours() !== hour) return null;
  return new Date(local.getTime());
}

/** The `datetime-local` value of a moment, in Dutch local time. */
export function toLocalInputValue(date: Date): string {
  const local = new TZDate(date.getTime(), ZONE);
  const pad = (n: number) => String(n).padStart(2, "0");
  const day = `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
  return `${day}T${pad(local.getHours())}:${pad(local.getMinutes())}`;
}

/** The calendar day ("YYYY-MM-DD") a moment falls on in Dutch local time. */
export function amsterdamDay(date: Date): string {
  const local = new TZDate(date.getTime(), ZONE);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

/** The hour of the day (0–23) of a moment in Dutch local time. */
export function amsterdamHour(date: Date): number {
  return new TZDate(date.getTime(), ZONE).getHours();
}

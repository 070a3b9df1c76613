import { addDays, addYears } from "@/lib/time/calendar-day";

/**
 * Contract form (Zaanstad rules, 000): standard 2+2 — two years, extended once by two years after a
 * hard evaluation including client-experience research; 2+2+2 only by exception.
 */
export const TERM_FORMS = ["2+2", "2+2+2"] as const;
export type TermForm = (typeof TERM_FORMS)[number];
export const INITIAL_YEARS = 2;
export const EXTENSION_YEARS = 2;

export const maxExtensions = (form: TermForm) => (form === "2+2" ? 1 : 2);

/** Dates are calendar days ("YYYY-MM-DD"); a contract of two years from 2027-01-01 ends 2028-12-31. */
export function contractEndDate(startsOn: string, extensionsUsed: number): string {
  return addDays(addYears(startsOn, INITIAL_YEARS + EXTENSION_YEARS * extensionsUsed), -1);
}

export function canExtend(form: TermForm, extensionsUsed: number): boolean {
  return extensionsUsed < maxExtensions(form);
}

export const CONTRACT_STATUSES = ["implementation", "active", "ended"] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

/** Implementation phase from award to start (source 002), then the contract phase until the end date. */
export function contractStatus(startsOn: string, endsOn: string, today: string): ContractStatus {
  if (today < startsOn) return "implementation";
  return today > endsOn ? "ended" : "active";
}

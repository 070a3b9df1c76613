import { createTranslator } from "use-intl/core";
import nl from "./messages/nl.json";

export const LOCALE = "nl";
export const TIME_ZONE = "Europe/Amsterdam";
export type Messages = typeof nl;

const translator = createTranslator({ locale: LOCALE, messages: nl, timeZone: TIME_ZONE });

/** Translates a message key, e.g. t("phase.analysis"). English can follow as a second message file. */
export const t = translator as unknown as (key: string, values?: Record<string, string | number | Date>) => string;

export const hasMessage = (key: string): boolean => (translator.has as (k: string) => boolean)(key);

const dateFormat = new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeZone: TIME_ZONE });
const dateTimeFormat = new Intl.DateTimeFormat("nl-NL", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: TIME_ZONE,
});
const euroFormat = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR", maximumFractionDigits: 0 });

export const formatDate = (d: Date | string) =>
  dateFormat.format(typeof d === "string" ? new Date(`${d}T12:00:00Z`) : d);
export const formatDateTime = (d: Date) => dateTimeFormat.format(d);
export const formatEuro = (n: number) => euroFormat.format(n);

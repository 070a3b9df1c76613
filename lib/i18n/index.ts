import { createTranslator } from "use-intl/core";
import { formatMessage, type TextValues } from "./format";
import { messageTemplate } from "./templates";
import nl from "./messages/nl.json";

export const LOCALE = "nl";
export const TIME_ZONE = "Europe/Amsterdam";
export type Messages = typeof nl;

const translator = createTranslator({ locale: LOCALE, messages: nl, timeZone: TIME_ZONE });

type Translate = (key: string, values?: TextValues) => string;
const translate = translator as unknown as Translate;

// A page asks for the same labels hundreds of times per request, and a message without values always
// reads the same: resolving its key path and formatting it once is enough. The bound keeps a key built
// from outside input (an unknown code) from growing the map without end; the message file has ~2,500.
const plain = new Map<string, string>();
const PLAIN_LIMIT = 10_000;

/**
 * Translates a message key, e.g. t("phase.analysis"). English can follow as a second message file.
 * A message with values is formatted by lib/i18n/format.ts, which says exactly what use-intl says for
 * every message of the file (tests/unit/i18n/format.test.ts) at a small fraction of its cost: use-intl
 * looks up its compiled message by serialising all its formats on every call (about 20 µs), and a
 * table of fifty rows asks hundreds of times. A missing key still goes to use-intl, which reports it.
 */
export const t: Translate = (key, values) => {
  if (values) {
    const template = messageTemplate(key);
    return template === undefined ? translate(key, values) : formatMessage(template, values);
  }
  let text = plain.get(key);
  if (text === undefined) {
    text = translate(key);
    if (plain.size < PLAIN_LIMIT) plain.set(key, text);
  }
  return text;
};

/**
 * Whether the file holds a message (not a section) under this full key. use-intl's own `has` splits the key
 * and throws and catches an error for every key it lacks; the audit table asks for the labels of every
 * detail of fifty entries, many of which have none.
 */
export const hasMessage = (key: string): boolean => messageTemplate(key) !== undefined;

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

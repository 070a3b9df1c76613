import { electronicFormatIBAN, isValidIBAN } from "ibantools";
import { parsePhoneNumberFromString } from "libphonenumber-js";
import { isValidBsn } from "../checksums";

/** Identification numbers: BSN, IBAN (any country and case) and phone numbers (Dutch and foreign). */
export type NumberSpan = { start: number; end: number; kind: "bsn" | "iban" | "phone" };

// Nine digits grouped 3-3-3 or 4-2-3 with one kind of separator, or none; not part of a longer number.
const BSN = /(?<!\d|\d[.,])(?:\d{3}([. -]?)\d{3}\1\d{3}|\d{4}([. -]?)\d{2}\2\d{3})(?!\d|[.,]\d)/g;
const BSN_MONEY_BEFORE = /(?:€|EUR|euro)\s?$/i;
// A number labelled as a case, file or invoice number is that, even when it passes the elfproef.
const LABELLED = new RegExp(
  String.raw`(?:(?:zaak|dossier|factuur|order|klant|relatie|contract|polis|registratie|aanvraag|` +
    String.raw`beschikkings?|project|melding|verzoek|ticket|document|volg|offerte|bestel|artikel|debiteur|` +
    String.raw`crediteur|inschrijf|inkoop|lening|verplichting)[ \u00a0-]?(?:nummer|nr\.?|no\.?)|kenmerk|` +
    String.raw`referentie|ref\.|agb(?:-code)?|kvk(?:-nummer)?|btw(?:-nummer)?|ons kenmerk|` +
    String.raw`uw kenmerk)[ \u00a0]*[:#.]?[ \u00a0]*(?:[\w/-]*[/-])?$`,
  "iu",
);
const BSN_LABEL = /(?:bsn|burgerservicenummer|sofinummer|sofi-nummer)[^\n]{0,20}$/iu;

const IBAN = /(?<![\p{L}\d])[A-Za-z]{2}\d{2}(?:[ \u00a0]?[A-Za-z0-9]{4}){2,7}(?:[ \u00a0]?[A-Za-z0-9]{1,3})?/gu;

// Candidates for libphonenumber: international (+49, 0032) or national with the area code perhaps in
// brackets, in groups separated by single spaces, hyphens, dots or slashes. libphonenumber decides.
const PHONE = new RegExp(
  String.raw`(?:(?:\+|00)(?<![\p{L}\d+]\+|[\p{L}\d]00)[1-9]\d{0,2}(?:[ \u00a0.-]?\(0\))?|\(0\d{1,4}\)|` +
    String.raw`0(?<![\p{L}\d+.,]0)\d{1,4})(?:(?:[ \u00a0]?[-/.][ \u00a0]?|[ \u00a0])?\d{1,4}){1,6}(?![\d\p{L}]|` +
    String.raw`[.,]\d)`,
  "gu",
);
// "06-04-2027 10" is a date followed by a time, "01.03.2027" a date.
const PHONE_DATE = /^\(?0\d[-/.]\d{1,2}[-/.](?:19|20)?\d{2}(?!\d)/;
// The municipality's desk or a helpline is nobody's personal number: "het Wmo-loket, telefoon 0299 - 398 398".
const SERVICE_BEFORE = new RegExp(
  String.raw`(?:loket|meldpunt|klantcontact|servicedesk|helpdesk|receptie|centrale|algemene nummer|` +
    String.raw`algemeen nummer|hoofdnummer|informatielijn|hulplijn)\p{L}*[^.\n]{0,25}$`,
  "iu",
);
const PHONE_IBAN_BEFORE = /[A-Za-z]{2}\d{2}[ \u00a0][A-Za-z0-9]{4}[ \u00a0]$/;

/**
 * Whether libphonenumber accepts the candidate as a valid number (Dutch by default). It is handed the
 * digits only ("+49301234567", "0299412345"): parsing formatted text is several times slower.
 */
function validPhone(candidate: string, seen: Map<string, boolean>): boolean {
  const digits = candidate.replace(/\D/g, "");
  if (digits.length < 9 || digits.length > 15) return false;
  // A Dutch number has exactly ten digits with its leading 0 (service numbers 0800/0900 are no person's).
  const national = /^\(?0(?!0)/.test(candidate);
  if (national && (digits.length !== 10 || /^0[89]0/.test(digits))) return false;
  // "+31 (0)20 …": the "(0)" is not dialled from abroad.
  const international = candidate.startsWith("+") ? `+${candidate.replace(/\(0\)/, "").replace(/\D/g, "")}` : digits;
  const normalised = national ? digits : international;
  let valid = seen.get(normalised);
  if (valid === undefined) {
    valid = parsePhoneNumberFromString(normalised, "NL")?.isValid() ?? false;
    seen.set(normalised, valid);
  }
  return valid;
}

export function findNumbers(text: string): NumberSpan[] {
  const spans: NumberSpan[] = [];
  for (const m of text.matchAll(BSN)) {
    if (!isValidBsn(m[0].replace(/\D/g, ""))) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (BSN_MONEY_BEFORE.test(before.slice(-5))) continue;
    if (LABELLED.test(before) && !BSN_LABEL.test(before)) continue;
    spans.push({ start: m.index, end: m.index + m[0].length, kind: "bsn" });
  }

  for (const m of text.matchAll(IBAN)) {
    // A spaced IBAN may be followed by a word that the pattern took for one more group.
    let candidate = m[0];
    while (!isValidIBAN(electronicFormatIBAN(candidate) ?? "") && /\s/.test(candidate))
      candidate = candidate.slice(0, candidate.search(/\s\S*$/));
    if (isValidIBAN(electronicFormatIBAN(candidate) ?? ""))
      spans.push({ start: m.index, end: m.index + candidate.length, kind: "iban" });
  }

  // The same number often recurs in one text; libphonenumber is asked once per number.
  const seen = new Map<string, boolean>();
  for (const m of text.matchAll(PHONE)) {
    if (PHONE_DATE.test(m[0]) || PHONE_IBAN_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (LABELLED.test(before) || SERVICE_BEFORE.test(before)) continue;
    // The pattern may take one group too many ("06 12345678 12 keer"): drop groups from the end.
    let candidate = m[0];
    while (!validPhone(candidate, seen) && /[\s.\-/]\d+$/.test(candidate))
      candidate = candidate.replace(/[\s.\-/]+\d+$/, "");
    if (validPhone(candidate, seen)) spans.push({ start: m.index, end: m.index + candidate.length, kind: "phone" });
  }
  return spans;
}

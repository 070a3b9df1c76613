import { detectSensitive } from "@/lib/redaction/detect";
import type { FindingKind } from "@/lib/redaction/finding";
import { parseDateCell } from "./dates";

/**
 * The portal never stores a BSN, a name or a birth date of a client. A measurement file is checked
 * with the redaction detector's own recognisers (BSN with the elfproef, IBAN, phone, e-mail,
 * address, birth date, person name); a column whose title names such data is refused as a whole.
 */
const PERSONAL_KINDS = new Set<FindingKind>(["bsn", "iban", "email", "phone", "address", "birth-date", "person-name"]);

const PERSONAL_HEADER = new RegExp(
  String.raw`^(?:bsn|burgerservicenummer|sofinummer|naam|voornaam|voornamen|achternaam|roepnaam|geslachtsnaam|` +
    String.raw`cli[eë]ntnaam|geboortedatum|geboren|geb\.?|geboortejaar|leeftijd|adres|straat|postcode|woonplaats|` +
    String.raw`e-?mail|telefoon|telefoonnummer|iban)$`,
  "i",
);

const CHEAP_REFERENCE = /^[\p{L}\d_/-]+$/u;
const POSTCODE_LIKE = /[1-9]\d{3}[a-z]{2}/i;
const digitCount = (text: string) => {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) n++;
  return n;
};

export const isPersonalHeader = (title: string) => PERSONAL_HEADER.test(title.trim());

/** The kind of personal data a cell seems to hold, or null. `reference` cells may not be a date either. */
export function personalDataIn(cell: string, reference = false): FindingKind | null {
  const text = cell.trim();
  if (!text) return null;
  // A bare date as a client's reference is most likely a birth date.
  if (reference && parseDateCell(text) !== null && /\D/.test(text)) return "birth-date";
  // The cheap case first, for a year of references: one word of letters, digits, hyphens, underscores
  // or slashes, with fewer than nine digits and no postcode, cannot hold any of the recognised kinds
  // (a BSN, IBAN or phone number has nine digits or more; names need a space or an initial's dot).
  if (CHEAP_REFERENCE.test(text) && digitCount(text) < 9 && !POSTCODE_LIKE.test(text)) return null;
  for (const finding of detectSensitive(text)) if (PERSONAL_KINDS.has(finding.kind)) return finding.kind;
  return null;
}

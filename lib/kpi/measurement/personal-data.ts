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

export const isPersonalHeader = (title: string) => PERSONAL_HEADER.test(title.trim());

/** The kind of personal data a cell seems to hold, or null. `reference` cells may not be a date either. */
export function personalDataIn(cell: string, reference = false): FindingKind | null {
  const text = cell.trim();
  if (!text) return null;
  // A bare date as a client's reference is most likely a birth date.
  if (reference && parseDateCell(text) !== null && /\D/.test(text)) return "birth-date";
  // The cheap case first: a reference like "P-000123" or "A12B7" holds no name, address or e-mail.
  if (/^[A-Za-z]{0,4}[-_.]?\d{1,8}$/.test(text) && !/\d{9}/.test(text.replace(/\D/g, ""))) return null;
  for (const finding of detectSensitive(text)) if (PERSONAL_KINDS.has(finding.kind)) return finding.kind;
  return null;
}

import { isValidBsn, isValidIban } from "../checksums";
import type { DetectOptions } from "../finding";
import type { Emit } from "./shared";

const BSN = /(?<!\d|\d[.,])\d{3}([. ]?)\d{3}\1\d{3}(?!\d|[.,]\d)/g;
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/g;
const EMAIL = /(?<![\w.%+-])[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// A Dutch number: 0 and nine more digits, or +31 (optionally "(0)") and nine digits, single separators.
const PHONE = /(?<![\p{L}\d+])(?:\+31[ -]?(?:\(0\)[ -]?)?|0)\d(?:[ -]?\d){8}(?![\d\p{L}])/gu;
const POSTCODE = /\b[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}\b(?: [A-Z][\p{Ll}]+(?:[- ][A-Z][\p{Ll}]+)?)?/gu;
const STREET = /\b[A-Z][\p{Ll}]*(?:straat|laan|weg|plein|gracht|kade|singel|dijk|hof|pad|steeg|dreef|park|markt|wal|baan|ring|erf|akker|burcht)\s\d{1,4}(?:\s?[a-zA-Z](?![\p{L}])|-\d{1,4})?/gu;
const MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december";
const DATE = new RegExp(`\\b(?:\\d{1,2}[-/.]\\d{1,2}[-/.](?:19|20)\\d{2}|\\d{1,2} (?:${MONTHS}) (?:19|20)\\d{2})\\b`, "gi");
const BIRTH_WORD = /(geboren|geboortedatum|geb\.|geboortejaar|geboortedag)/i;
const TITLE = "(?:[Cc]li[eë]nte?|[Mm]evrouw|[Mm]eneer|[Dd]e heer|[Mm]w\\.|[Mm]evr\\.|[Dd]hr\\.|[Bb]ewoner|[Bb]ewoonster|[Ii]nwoner|[Jj]ongere)";
const PARTICLE = "(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Tt]e|[Hh]et|'t|[Ee]l|[Aa]l|[Bb]en)";
const NAME_WORD = "\\p{Lu}[\\p{Ll}'’-]+";
const PERSON = new RegExp(`${TITLE}\\s+((?:${PARTICLE}\\s+)*${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)*${NAME_WORD}){0,2})`, "gu");

const normalise = (name: string) => name.toLowerCase().replace(/\s+/g, " ").trim();

/** A participant's name, or one followed by more words ("De Vries van Wijkzorg"), is not a client's. */
function isParticipant(name: string, participants: readonly string[]): boolean {
  const words = normalise(name).split(" ");
  const known = participants.map(normalise);
  for (let n = 1; n <= words.length; n++) {
    const candidate = words.slice(0, n).join(" ");
    if (known.some((k) => k === candidate || k.endsWith(` ${candidate}`))) return true;
  }
  return false;
}

export function detectPrivacy(text: string, options: DetectOptions, emit: Emit): void {
  for (const m of text.matchAll(BSN)) {
    if (isValidBsn(m[0].replace(/\D/g, ""))) emit({ start: m.index, end: m.index + m[0].length, kind: "bsn", ground: "privacy", explanation: "Lijkt op een BSN: negen cijfers die voldoen aan de elfproef." });
  }
  for (const m of text.matchAll(IBAN)) {
    if (isValidIban(m[0])) emit({ start: m.index, end: m.index + m[0].length, kind: "iban", ground: "privacy", explanation: "Een geldig rekeningnummer (IBAN, controlegetal klopt)." });
  }
  for (const m of text.matchAll(EMAIL)) {
    emit({ start: m.index, end: m.index + m[0].length, kind: "email", ground: "privacy", explanation: "Een e-mailadres." });
  }
  for (const m of text.matchAll(PHONE)) {
    emit({ start: m.index, end: m.index + m[0].length, kind: "phone", ground: "privacy", explanation: "Een Nederlands telefoonnummer." });
  }
  for (const pattern of [POSTCODE, STREET]) {
    for (const m of text.matchAll(pattern)) emit({ start: m.index, end: m.index + m[0].length, kind: "address", ground: "privacy", explanation: "Een adres of postcode." });
  }
  for (const m of text.matchAll(DATE)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (BIRTH_WORD.test(before)) emit({ start: m.index, end: m.index + m[0].length, kind: "birth-date", ground: "privacy", explanation: "Een geboortedatum." });
  }
  const participants = options.participants ?? [];
  for (const m of text.matchAll(PERSON)) {
    const name = m[1]!;
    if (isParticipant(name, participants)) continue;
    const start = m.index + m[0].length - name.length;
    emit({ start, end: start + name.length, kind: "person-name", ground: "privacy", explanation: "De naam van een cliënt of inwoner die geen deelnemer is." });
  }
}

import { isValidBsn, isValidIban } from "../checksums";
import type { DetectOptions, FindingKind } from "../finding";
import { isLetter, isUpper, SP, wordStart, type Emit, type OptionPatterns } from "./shared";

// Nine digits, optionally grouped 3-3-3 with one kind of separator; not part of a longer number or amount.
const BSN = /(?<!\d|\d[.,])\d{3}([. ]?)\d{3}\1\d{3}(?!\d|[.,]\d)/g;
const BSN_MONEY_BEFORE = /(?:€|EUR|euro)\s?$/i;
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/g;
// E-mail addresses are found from their "@": the domain is read forward, the local part walked back.
const EMAIL_DOMAIN = /@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/y;
const EMAIL_LOCAL_CHAR = /[\w.%+-]/;
// 0 and nine more digits, or +31 (optionally "(0)") and nine digits, with single spaces or hyphens.
// The look-behind comes after the first character, so that only a "0" or "+" pays for it.
const PHONE = /(?:\+(?<![\p{L}\d+]\+)31[ -]?(?:\(0\)[ -]?)?|0(?<![\p{L}\d+]0))\d(?:[ -]?\d){8}(?![\d\p{L}])/gu;
// "06-04-2027 10" has ten digits too: a date followed by a time is no phone number.
const PHONE_DATE = /^0\d-\d{1,2}-\d{2,4}(?!\d)/;
// The last groups of a spaced IBAN with a wrong checksum ("NL91 ABNA 0417 1643 01") are no phone number either.
const PHONE_IBAN_BEFORE = /[A-Z]{2}\d{2} [A-Z0-9]{4} $/;

// A Dutch postcode: four digits not starting with 0, two capitals other than SA, SD or SS; then perhaps a place.
const POSTCODE_CORE = `[1-9]\\d{3}${SP}?(?!SA|SD|SS)[A-Z]{2}(?![\\p{L}\\d-])`;
const PLACE = `(?:(?:Den|De|Het|Sint)${SP}|'s-)?\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)*`;
const POSTCODE = new RegExp(`(?<![\\p{L}\\d])${POSTCODE_CORE}(?:${SP}{1,2}${PLACE})?`, "gu");
const STREET_SUFFIX =
  "straat|laan|weg|plein|gracht|kade|singel|dijk|hof|pad|steeg|dreef|park|markt|wal|baan|ring|erf|akker|burcht|einde|dam|haven|zijde|plantsoen|boulevard";
// "Dorpsstraat 12", "Kerkplein 3a", "Noordeinde 4-6", with the postcode and place if they follow.
// Matched from the suffix on; the code walks back to the capital that starts the street name.
const STREET = new RegExp(
  `(?:${STREET_SUFFIX})${SP}\\d{1,4}(?:${SP}?[a-zA-Z](?![\\p{L}\\d])|-\\d{1,4})?(?:,?${SP}{1,2}${POSTCODE_CORE}(?:${SP}{1,2}${PLACE})?)?`,
  "gu",
);

const MONTHS =
  "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec";
const DATE = new RegExp(
  `(?<!\\d)(?:\\d{1,2}[-/.]\\d{1,2}[-/.](?:19|20)\\d{2}|\\d{1,2}${SP}(?:${MONTHS})\\.?${SP}(?:19|20)\\d{2}|(?:19|20)\\d{2}-\\d{1,2}-\\d{1,2})(?!\\d)`,
  "giu",
);
/** How far before a date a birth word may stand. */
const BIRTH_WINDOW = 40;
const BIRTH_WORD = /geboren|geboorte(?:datum|jaar|dag)|(?<![\p{L}])geb\./iu;
// A year on its own is only a birth date right after "geboortejaar" or "geboren (in)".
const BIRTH_YEAR = new RegExp(
  `(?:geboortejaar|geboren)(?![\\p{L}])[^\\d\\n]{0,20}?((?:19|20)\\d{2})(?![\\d\\-/.]\\d|\\d)`,
  "giu",
);

// Words that introduce a client or resident; "de heer" and "Mw." as the minutes write them.
const TITLE =
  "(?:[Cc]li[eë]nte?|[Mm]evrouw|[Mm]eneer|[Dd]e heer|[Mm]w\\.|[Mm]evr\\.|[Dd]hr\\.|[Bb]ewoner|[Bb]ewoonster|[Ii]nwoner|[Jj]ongere)";
// Tussenvoegsels, without "te": "mevrouw Jansen te Purmerend" names a place, not a longer surname.
const PARTICLE = "(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Hh]et|'t|[Ee]l|[Aa]l|[Bb]en)";
// "Jansen", "Vries-Jansen", "O'Neill".
const NAME_WORD = "\\p{Lu}(?:['’]\\p{Lu})?\\p{Ll}+(?:[-'’]\\p{Lu}?\\p{Ll}+){0,3}";
const INITIALS = `(?:\\p{Lu}\\.${SP}?){1,3}`;
// Group 1 is the name: initials perhaps, then one to three capitalised words with tussenvoegsels between.
// No look-behind for the word boundary before the title: checked in code, it costs nothing per position.
const PERSON = new RegExp(
  `${TITLE}${SP}+((?:${INITIALS})?(?:${PARTICLE}${SP}+){0,3}${NAME_WORD}(?:${SP}+(?:${PARTICLE}${SP}+){0,3}${NAME_WORD}){0,2})`,
  "gu",
);

const TRAILING_PARTICLES = new RegExp(`(?:${SP}+${PARTICLE})+${SP}*$`, "u");

/** "Jansen van Zorggroep Zaanstreek" is Jansen of a provider: the provider's name is no part of hers. */
function withoutProvider(name: string, providers: RegExp | null): string {
  if (!providers) return name;
  const at = name.search(providers);
  return at < 0 ? name : name.slice(0, at).replace(TRAILING_PARTICLES, "").trimEnd();
}

const normaliseName = (name: string) => name.toLowerCase().replace(/\s+/g, " ").trim();

/**
 * Whether a name belongs to a participant: their full name, or their surname ("De Vries" for
 * "Anna de Vries"), possibly followed by more words ("De Vries van Wijkzorg Waterland").
 */
function participantMatcher(participants: readonly string[]): (name: string) => boolean {
  const known = participants.map(normaliseName).filter(Boolean);
  if (known.length === 0) return () => false;
  return (name) => {
    const words = normaliseName(name).split(" ");
    for (let n = 1; n <= words.length; n++) {
      const candidate = words.slice(0, n).join(" ");
      if (known.some((k) => k === candidate || k.endsWith(` ${candidate}`))) return true;
    }
    return false;
  };
}

export function detectPrivacy(text: string, options: DetectOptions, patterns: OptionPatterns, emit: Emit): void {
  const add = (start: number, end: number, kind: FindingKind, explanation: string) =>
    emit({ start, end, kind, ground: "privacy", explanation });

  for (const m of text.matchAll(BSN)) {
    if (!isValidBsn(m[0].replace(/\D/g, ""))) continue;
    if (BSN_MONEY_BEFORE.test(text.slice(Math.max(0, m.index - 5), m.index))) continue;
    add(m.index, m.index + m[0].length, "bsn", "Lijkt op een BSN (voldoet aan de elfproef).");
  }

  for (const m of text.matchAll(IBAN)) {
    // A spaced IBAN may be followed by a word in capitals that the pattern took for one more group.
    let candidate = m[0];
    while (!isValidIban(candidate) && candidate.includes(" "))
      candidate = candidate.slice(0, candidate.lastIndexOf(" "));
    if (isValidIban(candidate))
      add(
        m.index,
        m.index + candidate.length,
        "iban",
        "Lijkt op een rekeningnummer (IBAN met kloppend controlegetal).",
      );
  }

  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
    let start = at;
    while (start > 0 && EMAIL_LOCAL_CHAR.test(text[start - 1]!)) start--;
    while (text[start] === ".") start++;
    EMAIL_DOMAIN.lastIndex = at;
    const domain = EMAIL_DOMAIN.exec(text);
    if (start === at || !domain) continue;
    add(start, at + domain[0].length, "email", "Een e-mailadres.");
    at += domain[0].length - 1;
  }

  for (const m of text.matchAll(PHONE)) {
    if (PHONE_DATE.test(m[0]) || PHONE_IBAN_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    add(m.index, m.index + m[0].length, "phone", "Lijkt op een Nederlands telefoonnummer.");
  }

  for (const m of text.matchAll(STREET)) {
    const start = wordStart(text, m.index);
    if (start < m.index && isUpper(text[start]))
      add(start, m.index + m[0].length, "address", "Lijkt op een adres (straat en huisnummer).");
  }
  for (const m of text.matchAll(POSTCODE))
    add(m.index, m.index + m[0].length, "address", "Lijkt op een postcode, met de plaats als die volgt.");

  for (const m of text.matchAll(DATE)) {
    if (BIRTH_WORD.test(text.slice(Math.max(0, m.index - BIRTH_WINDOW), m.index)))
      add(
        m.index,
        m.index + m[0].length,
        "birth-date",
        "Datum vlak na een woord als 'geboren': lijkt op een geboortedatum.",
      );
  }
  for (const m of text.matchAll(BIRTH_YEAR)) {
    const start = m.index + m[0].length - m[1]!.length;
    add(start, start + 4, "birth-date", "Jaartal na 'geboren' of 'geboortejaar': lijkt op een geboortejaar.");
  }

  const isParticipant = participantMatcher(options.participants ?? []);
  for (const m of text.matchAll(PERSON)) {
    if (isLetter(text[m.index - 1])) continue;
    const full = m[1]!;
    const name = withoutProvider(full, patterns.providers);
    if (!name || isParticipant(name)) continue;
    const start = m.index + m[0].length - full.length;
    add(
      start,
      start + name.length,
      "person-name",
      "Naam na een woord als 'cliënt' of 'mevrouw', en geen deelnemer van de bijeenkomst.",
    );
  }
}

import { DOMAIN_WORDS, SURNAME_WORDS, wordRank } from "../lexicon";
import { oneOf } from "./shared";
import { isCapitalised, type Token } from "./tokens";

/*
 * The words around a person's name in minutes: surname particles, courtesy titles, nouns and verbs
 * that say the next or previous word is a person, and word shapes of organisations.
 */

export const PARTICLES = new Set([
  "van",
  "de",
  "der",
  "den",
  "ter",
  "ten",
  "het",
  "el",
  "al",
  "ben",
  "bin",
  "abu",
  "da",
  "dos",
]);
// Without "te": "mevrouw Jansen te Purmerend" names a place, not a longer surname.
for (const p of ["du", "la", "le", "von", "di"]) PARTICLES.add(p);

// Courtesy titles, part of the span; "heer" only after "de", "familie"/"gezin" with their article.
export const TITLES = new Set([
  "mevrouw",
  "meneer",
  "mevr",
  "mw",
  "mvr",
  "dhr",
  "hr",
  "heer",
  "familie",
  "gezin",
  "echtpaar",
]);
export const ABBREVIATED = new Set(["mevr", "mw", "mvr", "dhr", "hr"]);

// Words that say the next name is a person the minutes are about (no part of the span).
export const PERSON_NOUNS = new Set(
  oneOf(`
    cliënt cliënte client cliente bewoner bewoonster inwoner inwoonster jongere zoon zoontje dochter dochtertje kind
    kleinkind pleegkind pleegzoon pleegdochter broer broertje zus zusje moeder vader ouders pleegouders pleegmoeder
    pleegvader oma opa kleinzoon kleindochter neef nicht meisje jongen partner echtgenoot echtgenote buurman
    buurvrouw mantelzorger baby peuter tiener leerling aanvrager melder zorgvrager hulpvrager`).split("|"),
);
export const KIN_OF = new RegExp(
  String.raw`(?:moeder|vader|ouders|pleegouders|pleegmoeder|pleegvader|broer|zus|oma|opa|partner|` +
    String.raw`mantelzorger|voogd|gezinsvoogd|familie|zoon|dochter)\s+van\s+$`,
  "iu",
);
// What a person in the minutes does next: "Sem wacht", "Noor woont", "Daan heeft", "Ilse kreeg".
export const PERSON_VERB = new RegExp(
  String.raw`^[ \u00a0]+(?:wacht|wachtte|woont|woonde|staat|stond|heeft|had|krijgt|kreeg|gaat|ging|zit|zat|` +
    String.raw`kan|kon|moet|moest|wil|wilde|verhuist|verhuisde|ontvangt|ontving|komt|kwam|belde|vertelde|is|` +
    String.raw`was|werd|wordt|blijft|bleef|kreeg|mist|miste|heeft|gebruikt|valt|viel|zegt|zei|vindt|vond|loopt|` +
    String.raw`liep|durft|slaapt|eet|maakt|voelt|voelde|zag|ziet)(?![\p{L}])`,
  "iu",
);
export const AGE_AFTER = /^[ \u00a0]*(?:\(\s?\d{1,3}(?:\s?jaar)?\s?\)|,[ \u00a0]*\d{1,3}[ \u00a0]*jaar)/u;

// Words that end like an organisation's name ("Zorgboerderij", "Wijkteam"), not like a first name.
export const ORGANISATION_WORD = new RegExp(
  String.raw`(?:zorg|groep|huis|centrum|praktijk|boerderij|hulp|wonen|thuis|stichting|school|kliniek|team|` +
    String.raw`wijk|punt|lijn|net|college|raad|bureau|plein|straat|dienst|loket|fonds|bank|werk)$`,
  "u",
);

export const isParticle = (t: Token | undefined) => t !== undefined && PARTICLES.has(t.lower);
export const isDomain = (t: Token) => DOMAIN_WORDS.has(t.lower);

/** A word that can be (the last word of) a surname after a title, first name or initials. */
export function surnameWord(t: Token | undefined, lowerAllowed: boolean): boolean {
  if (!t || isDomain(t) || PARTICLES.has(t.lower)) return false;
  if (isCapitalised(t)) return SURNAME_WORDS.has(t.lower) || wordRank(t.lower) > 400;
  return lowerAllowed && SURNAME_WORDS.has(t.lower) && wordRank(t.lower) > 1500;
}

export const gapIsSpace = (text: string, a: Token, b: Token) =>
  /^[ \u00a0\u202f]{1,2}$/.test(text.slice(a.end, b.start));

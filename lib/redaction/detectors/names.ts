import { DOMAIN_WORDS, FIRST_NAMES, SURNAME_WORDS, SURNAMES, wordRank } from "../lexicon";
import { oneOf } from "./shared";
import { isCapitalised, type Token } from "./tokens";

/**
 * Names of people in minutes: after a title ("mevrouw De Vries", "dhr. de graaf", "de familie Jansen"),
 * as first name and surname ("Fatima Bouzid"), as initials and surname ("A.M. van Leeuwen"), or as a first
 * name alone where the context says it is a person ("Sem (9) staat op de wachtlijst", "de moeder van Lotte").
 * Spans include the title. People introduced by their role (chair, alderman, minute-taker) and the
 * meeting's participants are officials, not clients, and are left alone.
 */
export type NameSpan = { start: number; end: number; how: "title" | "full" | "initials" | "context" };

const PARTICLES = new Set([
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
const TITLES = new Set(["mevrouw", "meneer", "mevr", "mw", "mvr", "dhr", "hr", "heer", "familie", "gezin", "echtpaar"]);
const ABBREVIATED = new Set(["mevr", "mw", "mvr", "dhr", "hr"]);

// Words that say the next name is a person the minutes are about (no part of the span).
const PERSON_NOUNS = new Set(
  oneOf(`
    cliënt cliënte client cliente bewoner bewoonster inwoner inwoonster jongere zoon zoontje dochter dochtertje kind
    kleinkind pleegkind pleegzoon pleegdochter broer broertje zus zusje moeder vader ouders pleegouders pleegmoeder
    pleegvader oma opa kleinzoon kleindochter neef nicht meisje jongen partner echtgenoot echtgenote buurman
    buurvrouw mantelzorger baby peuter tiener leerling aanvrager melder zorgvrager hulpvrager`).split("|"),
);
const KIN_OF = new RegExp(
  String.raw`(?:moeder|vader|ouders|pleegouders|pleegmoeder|pleegvader|broer|zus|oma|opa|partner|` +
    String.raw`mantelzorger|voogd|gezinsvoogd|familie|zoon|dochter)\s+van\s+$`,
  "iu",
);
// What a person in the minutes does next: "Sem wacht", "Noor woont", "Daan heeft", "Ilse kreeg".
const PERSON_VERB = new RegExp(
  String.raw`^[ \u00a0]+(?:wacht|wachtte|woont|woonde|staat|stond|heeft|had|krijgt|kreeg|gaat|ging|zit|zat|` +
    String.raw`kan|kon|moet|moest|wil|wilde|verhuist|verhuisde|ontvangt|ontving|komt|kwam|belde|vertelde|is|` +
    String.raw`was|werd|wordt|blijft|bleef|kreeg|mist|miste|heeft|gebruikt|valt|viel|zegt|zei|vindt|vond|loopt|` +
    String.raw`liep|durft|slaapt|eet|maakt|voelt|voelde|zag|ziet)(?![\p{L}])`,
  "iu",
);
const AGE_AFTER = /^[ \u00a0]*(?:\(\s?\d{1,3}(?:\s?jaar)?\s?\)|,[ \u00a0]*\d{1,3}[ \u00a0]*jaar)/u;

// Someone introduced by their role is an official or a participant: "voorzitter mevrouw Bakker",
// "wethouder De Jong", "notulist: Piet", "de Wmo-consulent, Anna Smit". Read backwards from the name.
const ROLE = oneOf(`
  wethouder voorzitter notulist notulant notulen secretaris gespreksleider burgemeester raadslid beleidsmedewerker
  beleidsadviseur beleidsambtenaar inkoper contractmanager accountmanager directeur bestuurder manager teamleider
  coördinator coordinator projectleider procesbegeleider jurist adviseur consulent wijkcoach ambtenaar medewerker
  gedeputeerde vertegenwoordiger namens collega spreker presentator aanwezig aanwezigen afwezig afmelding
  afmeldingen gasten gast toehoorder toehoorders deelnemers genodigden verslag verslaglegging contactpersoon
  kwartiermaker regisseur ondersteuner adviseurs leden lid ambtelijk verpleegkundige huisarts psycholoog psychiater
  begeleider casemanager gezinsvoogd behandelaar therapeut jeugdconsulent wijkagent bewindvoerder mantelzorgconsulent`);
const ROLE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])\\p{L}*(?:${ROLE})[ \\u00a0]*(?:\\([^)\\n]{0,40}\\)[ \\u00a0]*)?[,:;]?[ \\u00a0]*` +
    `(?:(?:de|het)[ \\u00a0]+)?$`,
  "iu",
);
// "Anna Smit (gemeente Zaanstad)", "Kees Bakker (Zorggroep Zaanstreek)", "Anna Smit, wethouder", "Piet, notulist".
const ROLE_AFTER = new RegExp(
  `^[ \\u00a0]*(?:\\([^)\\n]{0,60}?(?:${ROLE}|gemeente|namens)|[,–-][ \\u00a0]*(?:\\p{L}*(?:${ROLE})|gemeente|` +
    `van de gemeente)(?![\\p{L}])|[ \\u00a0]+(?:namens|van)[ \\u00a0]+(?:de[ \\u00a0]+)?gemeente)`,
  "iu",
);
// A list of several people after a role ("Aanwezig: A, B en C"): the role covers them all, up to the sentence end.
// A sentence ends at ". " before a capital, but not after a title or an initial ("dhr. P. Smit").
const SENTENCE_END = /(?<!(?:^|[^\p{L}])(?:mw|mevr|mvr|dhr|hr|drs|dr|mr|ir|ing|prof|\p{L}))[.!?][ \u00a0]+\p{Lu}/u;
const LIST_CUE = /(?:aanwezig|afwezig|afgemeld|deelnemers|genodigden|met kennisgeving)(?![\p{L}])/giu;

// Words that end like an organisation's name ("Zorgboerderij", "Wijkteam"), not like a first name.
const ORGANISATION_WORD = new RegExp(
  String.raw`(?:zorg|groep|huis|centrum|praktijk|boerderij|hulp|wonen|thuis|stichting|school|kliniek|team|` +
    String.raw`wijk|punt|lijn|net|college|raad|bureau|plein|straat|dienst|loket|fonds|bank|werk)$`,
  "u",
);

const isParticle = (t: Token | undefined) => t !== undefined && PARTICLES.has(t.lower);
const isDomain = (t: Token) => DOMAIN_WORDS.has(t.lower);

/** A word that can be (the last word of) a surname after a title, first name or initials. */
function surnameWord(t: Token | undefined, lowerAllowed: boolean): boolean {
  if (!t || isDomain(t) || PARTICLES.has(t.lower)) return false;
  if (isCapitalised(t)) return SURNAME_WORDS.has(t.lower) || wordRank(t.lower) > 400;
  return lowerAllowed && SURNAME_WORDS.has(t.lower) && wordRank(t.lower) > 1500;
}

const gapIsSpace = (text: string, a: Token, b: Token) => /^[ \u00a0\u202f]{1,2}$/.test(text.slice(a.end, b.start));

export class NameFinder {
  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly isKnown: (name: string) => boolean,
    /** Provider names: "Kees Bakker (Zorggroep Zaanstreek)" speaks for a provider, he is no client. */
    private readonly providers: RegExp | null = null,
  ) {}

  /** Index of the last token of "[particles] surname [particles surname]" from `i`, or -1. */
  private surnameFrom(i: number, lowerAllowed: boolean): number {
    const { tokens, text } = this;
    let last = -1;
    let particles = 0;
    let words = 0;
    // At most three particles in a row and three surname words: "Van der Berg-Jansen", "El Amrani".
    for (let j = i; j < tokens.length && j < i + 8 && particles <= 3 && words < 3; j++) {
      const t = tokens[j]!;
      if (j > i && !gapIsSpace(text, tokens[j - 1]!, t)) break;
      if (isParticle(t)) {
        particles++;
        continue;
      }
      // A lower-case surname only as a whole lexicon surname ("de graaf") or right after a title.
      const ok =
        surnameWord(t, lowerAllowed) ||
        (!isCapitalised(t) &&
          lowerAllowed &&
          SURNAMES.has(
            tokens
              .slice(i, j + 1)
              .map((x) => x.lower)
              .join(" "),
          ));
      if (!ok) break;
      last = j;
      particles = 0;
      words++;
      // A second surname word only after a particle or as another capitalised word ("Van der Berg Jansen").
      const next = tokens[j + 1];
      if (!next || (!isParticle(next) && !(isCapitalised(next) && gapIsSpace(text, t, next)))) break;
    }
    return last;
  }

  /** Initials ("A.", "A.M.", "J.P.M.") starting at token i: index of the token after them, or -1. */
  private initialsFrom(i: number, lowerAllowed = false): number {
    const { tokens, text } = this;
    let j = i;
    while (j < tokens.length && tokens[j]!.text.length === 1 && (lowerAllowed || tokens[j]!.capitalised)) {
      if (text[tokens[j]!.end] !== ".") break;
      j++;
    }
    return j > i ? j : -1;
  }

  private official(start: number, end: number): boolean {
    const before = this.text.slice(Math.max(0, start - 60), start);
    const after = this.text.slice(end, end + 80);
    if (ROLE_BEFORE.test(before) || ROLE_AFTER.test(after)) return true;
    const bracket = /^[ \u00a0]*\(([^)\n]*)\)/u.exec(after);
    if (bracket && this.providers && bracket[1]!.search(this.providers) >= 0) return true;
    const lineStart = this.text.lastIndexOf("\n", start - 1) + 1;
    if (start - lineStart > 600) return false;
    const line = this.text.slice(lineStart, start);
    let cue = -1;
    for (const m of line.matchAll(LIST_CUE)) cue = m.index + m[0].length;
    return cue >= 0 && !SENTENCE_END.test(line.slice(cue));
  }

  private accept(start: number, end: number, nameStart: number): boolean {
    return !this.isKnown(this.text.slice(nameStart, end)) && !this.official(start, end);
  }

  find(): NameSpan[] {
    const { tokens, text } = this;
    const spans: NameSpan[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const prev = tokens[i - 1];
      // 1. A title, then a name: "mevrouw De Vries", "dhr. de graaf", "de heer Van der Berg", "familie Jansen".
      if (TITLES.has(t.lower) && (t.lower !== "heer" || prev?.lower === "de")) {
        if (ABBREVIATED.has(t.lower) && text[t.end] !== "." && t.text !== t.text.toUpperCase() && t.lower !== "mw")
          continue;
        const first = tokens[i + 1];
        if (!first || !/^\.?[ \u00a0\u202f]{1,2}$/.test(text.slice(t.end, first.start))) continue;
        // After a title even lower-case initials: "mw. a.j. de boer".
        const afterInitials = this.initialsFrom(i + 1, true);
        const from = afterInitials >= 0 ? afterInitials : i + 1;
        const firstName = FIRST_NAMES.has(tokens[from]?.lower ?? "") && isCapitalised(tokens[from]!) ? from + 1 : from;
        let last = this.surnameFrom(firstName, true);
        if (last < 0 && firstName > from) last = from;
        if (last < 0 && afterInitials >= 0) continue;
        if (last < 0) continue;
        const withArticle =
          (t.lower === "heer" || t.lower === "familie" || t.lower === "gezin" || t.lower === "echtpaar") && prev;
        const start = withArticle && /^(?:de|het)$/.test(prev.lower) ? prev.start : t.start;
        const end = tokens[last]!.end;
        if (this.accept(start, end, tokens[i + 1]!.start)) spans.push({ start, end, how: "title" });
        i = last;
        continue;
      }
      // 1b. A word for a client or relative, then a name: "bewoonster Yılmaz", "cliënt Ünal Çelik", "zoon Daan".
      if (PERSON_NOUNS.has(t.lower)) {
        const first = tokens[i + 1];
        if (first && isCapitalised(first) && !isDomain(first) && gapIsSpace(text, t, first)) {
          const afterInitials = this.initialsFrom(i + 1);
          const from = afterInitials >= 0 ? afterInitials : FIRST_NAMES.has(first.lower) ? i + 2 : i + 1;
          let last = this.surnameFrom(from, false);
          if (last < 0 && from > i + 1) last = i + 1;
          const plausible = last > i + 1 || FIRST_NAMES.has(first.lower) || wordRank(first.lower) > 400;
          if (last >= 0 && (afterInitials < 0 || last >= afterInitials) && plausible) {
            const end = tokens[last]!.end;
            if (this.accept(first.start, end, first.start)) spans.push({ start: first.start, end, how: "context" });
            i = last;
            continue;
          }
        }
      }
      // 2. Initials and a surname: "A.M. van Leeuwen", "J. Bakker".
      const afterInitials = isCapitalised(t) && t.text.length === 1 ? this.initialsFrom(i) : -1;
      if (afterInitials >= 0 && afterInitials < tokens.length) {
        const last = this.surnameFrom(afterInitials, false);
        if (last >= 0 && isCapitalised(tokens[last]!) && !isDomain(tokens[last]!)) {
          const end = tokens[last]!.end;
          if (this.accept(t.start, end, t.start)) spans.push({ start: t.start, end, how: "initials" });
          i = last;
          continue;
        }
      }
      if (!isCapitalised(t) || isDomain(t)) continue;
      if (!FIRST_NAMES.has(t.lower)) {
        const unknown = this.unknownFirstName(i);
        if (unknown) {
          spans.push(unknown.span);
          i = unknown.last;
        }
        continue;
      }
      // Part of a longer proper noun ("Stichting Anna Zorg", "Sint Jan"): not a person's first name.
      if (prev && !t.sentenceStart && isCapitalised(prev) && gapIsSpace(text, prev, t) && !FIRST_NAMES.has(prev.lower))
        continue;
      // 3. First name and surname: "Fatima Bouzid", "Henk de Graaf".
      const next = tokens[i + 1];
      if (next && gapIsSpace(text, t, next)) {
        const last = this.surnameFrom(i + 1, false);
        if (last >= 0 && isCapitalised(tokens[last]!)) {
          const frequent = wordRank(t.lower) < 300 && t.sentenceStart;
          if (!frequent || SURNAME_WORDS.has(tokens[last]!.lower)) {
            const end = tokens[last]!.end;
            if (this.accept(t.start, end, t.start)) spans.push({ start: t.start, end, how: "full" });
            i = last;
            continue;
          }
        }
      }
      // 4. A first name alone, where the context says it is a person.
      const before = text.slice(Math.max(0, t.start - 40), t.start);
      const prevWord = prev && t.start - prev.end <= 3 ? prev.lower : "";
      const after = text.slice(t.end, t.end + 30);
      const rank = wordRank(t.lower);
      const cue = PERSON_NOUNS.has(prevWord) || KIN_OF.test(before) || AGE_AFTER.test(after);
      const verb = PERSON_VERB.test(after);
      const alone = cue || (verb && rank > 500) || (!t.sentenceStart && rank > 3000);
      if (alone && this.accept(t.start, t.end, t.start)) spans.push({ start: t.start, end: t.end, how: "context" });
    }
    return spans.map((s) => this.withAge(s));
  }

  /**
   * A first name the lexicon lacks ("Jonne", "Wilma"): a rare capitalised word followed by an age in
   * brackets, or standing mid-sentence before a surname the lexicon knows ("Wilma Koopmans").
   */
  private unknownFirstName(i: number): { span: NameSpan; last: number } | null {
    const { tokens, text } = this;
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    // Cheap tests first: this runs for every capitalised word that is no known first name.
    const following = text.charCodeAt(t.end);
    if (following !== 32 && following !== 160) return null;
    if (t.text.length < 3 || wordRank(t.lower) <= 3000 || ORGANISATION_WORD.test(t.lower)) return null;
    if (AGE_AFTER.test(text.slice(t.end, t.end + 12)) && /^[ \u00a0]*\(/.test(text.slice(t.end, t.end + 3))) {
      if (!this.accept(t.start, t.end, t.start)) return null;
      return { span: { start: t.start, end: t.end, how: "context" }, last: i };
    }
    if (t.sentenceStart || (prev && isCapitalised(prev) && gapIsSpace(text, prev, t))) return null;
    const next = tokens[i + 1];
    if (!next || !gapIsSpace(text, t, next)) return null;
    const last = this.surnameFrom(i + 1, false);
    if (last < 0 || !isCapitalised(tokens[last]!) || !SURNAME_WORDS.has(tokens[last]!.lower)) return null;
    const end = tokens[last]!.end;
    if (!this.accept(t.start, end, t.start)) return null;
    return { span: { start: t.start, end, how: "full" }, last };
  }

  /** "Sem (9)": the age in brackets belongs to the span, it identifies the child as much as the name. */
  private withAge(span: NameSpan): NameSpan {
    const m = /^(?:[ \u00a0]*\(\s?\d{1,3}(?:\s?jaar)?\s?\)|,[ \u00a0]\d{1,3}[ \u00a0]jaar(?![\p{L}]))/u.exec(
      this.text.slice(span.end, span.end + 14),
    );
    return m ? { ...span, end: span.end + m[0].length } : span;
  }
}

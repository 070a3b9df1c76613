import { FIRST_NAMES, SURNAME_WORDS, wordRank } from "../lexicon";
import { introducedByRole } from "./name-roles";
import { initialsFrom, surnameFrom } from "./name-parts";
import {
  ABBREVIATED,
  AGE_AFTER,
  gapIsSpace,
  isDomain,
  KIN_OF,
  ORGANISATION_WORD,
  PERSON_NOUNS,
  PERSON_VERB,
  TITLES,
} from "./name-words";
import { isCapitalised, type Token } from "./tokens";

/**
 * Names of people in minutes: after a title ("mevrouw De Vries", "dhr. de graaf", "de familie Jansen"),
 * as first name and surname ("Fatima Bouzid"), as initials and surname ("A.M. van Leeuwen"), or as a first
 * name alone where the context says it is a person ("Sem (9) staat op de wachtlijst", "de moeder van Lotte").
 * Spans include the title. People introduced by their role (chair, alderman, minute-taker) and the
 * meeting's participants are officials, not clients, and are left alone.
 */
export type NameSpan = { start: number; end: number; how: "title" | "full" | "initials" | "context" };

export class NameFinder {
  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly isKnown: (name: string) => boolean,
    /** Provider names: "Kees Bakker (Zorggroep Zaanstreek)" speaks for a provider, he is no client. */
    private readonly providers: RegExp | null = null,
  ) {}

  private accept(start: number, end: number, nameStart: number): boolean {
    return !this.isKnown(this.text.slice(nameStart, end)) && !introducedByRole(this.text, start, end, this.providers);
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
        const afterInitials = initialsFrom(text, tokens, i + 1, true);
        const from = afterInitials >= 0 ? afterInitials : i + 1;
        const firstName = FIRST_NAMES.has(tokens[from]?.lower ?? "") && isCapitalised(tokens[from]!) ? from + 1 : from;
        let last = surnameFrom(text, tokens, firstName, true);
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
          const afterInitials = initialsFrom(text, tokens, i + 1);
          const from = afterInitials >= 0 ? afterInitials : FIRST_NAMES.has(first.lower) ? i + 2 : i + 1;
          let last = surnameFrom(text, tokens, from, false);
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
      const afterInitials = isCapitalised(t) && t.text.length === 1 ? initialsFrom(text, tokens, i) : -1;
      if (afterInitials >= 0 && afterInitials < tokens.length) {
        const last = surnameFrom(text, tokens, afterInitials, false);
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
        const last = surnameFrom(text, tokens, i + 1, false);
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
    const last = surnameFrom(text, tokens, i + 1, false);
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

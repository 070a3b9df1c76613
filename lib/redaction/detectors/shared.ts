import type { Finding } from "../finding";

export type Emit = (finding: Finding) => void;

/** The caller's lists as regexes, built once per call and shared by the detectors. */
export type OptionPatterns = { providers: RegExp | null; confidentialTerms: RegExp | null };

/** A space within a line. The editor separates blocks with "\n", and no pattern may run across them. */
export const SP = "[ \\u00a0\\u202f]";

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
export const isLetter = (char: string | undefined) => char !== undefined && LETTER.test(char);
export const isUpper = (char: string | undefined) => char !== undefined && UPPER.test(char);

/**
 * Start of the word that holds `offset`. Patterns that would otherwise start with a look-behind or
 * a letter class (tried at every position of the text) instead find a rare anchor and walk back.
 */
export function wordStart(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && isLetter(text[start - 1])) start--;
  return start;
}

export function wordEnd(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && isLetter(text[end])) end++;
  return end;
}

export const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/**
 * One regex over a list of phrases, whole words only, case-insensitive; null for an empty list.
 * Built once per call: the lists come from the caller and change between calls.
 * Longest first, so that "Wijkzorg Waterland Noord" wins over "Wijkzorg Waterland". Phrases of one
 * character are left out: they would match nearly everywhere.
 */
export function phraseRegExp(phrases: readonly string[]): RegExp | null {
  const list = [...new Set(phrases.map((p) => p.trim()).filter((p) => p.length >= 2))].sort(
    (a, b) => b.length - a.length,
  );
  if (list.length === 0) return null;
  const alternatives = list.map((p) => escapeRegExp(p).replace(/\s+/g, `${SP}+`)).join("|");
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, "giu");
}

/** Every match of a pattern, in order of position: for fast "is there one nearby?" questions. */
export type Hits = { starts: number[]; ends: number[]; texts: string[] };

export function hits(text: string, pattern: RegExp | null): Hits {
  const found: Hits = { starts: [], ends: [], texts: [] };
  if (!pattern) return found;
  for (const m of text.matchAll(pattern)) {
    found.starts.push(m.index);
    found.ends.push(m.index + m[0].length);
    found.texts.push(m[0]);
  }
  return found;
}

/** The first index whose value is at least `value` (the length if none is). */
export function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// A full stop ends a sentence only when followed by a space and not part of a common abbreviation
// ("mw. Jansen", "art. 2.38", "o.a. de kosten"); the look-behind runs only at punctuation marks.
const SENTENCE_END = new RegExp(
  String.raw`[.!?](?<!(?<![\p{L}.])(?:mw|mevr|dhr|hr|art|nr|geb|bijv|ca|incl|excl|blz|resp|vs|dr|mr|drs|ir|` +
    String.raw`ing|prof|tel|min|max|jl|st|zgn|evt|o\.a|m\.b\.t|t\.a\.v|i\.p\.v|a\.s|z\.s\.m|e\.d|d\.w\.z|` +
    String.raw`m\.u\.v|i\.v\.m)\.)(?=[\s\u00a0])|\n`,
  "giu",
);

/** Sentence boundaries of a text, to ask which sentence an offset belongs to. */
export class Sentences {
  private readonly ends: number[] = [];
  constructor(private readonly text: string) {
    for (const m of text.matchAll(SENTENCE_END)) this.ends.push(m.index + 1);
  }
  /** [start, end) of the sentence holding `offset`. */
  around(offset: number): [number, number] {
    const i = lowerBound(this.ends, offset + 1);
    return [i === 0 ? 0 : this.ends[i - 1]!, this.ends[i] ?? this.text.length];
  }
}

/** Alternatives for a regex from a list of words written over several lines: `oneOf("aap noot")` is "aap|noot". */
export const oneOf = (words: string) => words.trim().split(/\s+/).join("|");

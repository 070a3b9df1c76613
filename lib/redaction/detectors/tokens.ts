/**
 * The words of a text with their offsets, computed once per call and shared by the recognisers that
 * reason about words (names, health details) rather than patterns. A word is letters, with inner
 * hyphens and apostrophes ("Vries-Jansen", "O'Neill", "ADHD-diagnose").
 */
export type Token = {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Written with a capital and not an abbreviation in capitals ("WMO", "GGZ"): a proper noun's shape. */
  capitalised: boolean;
  /** First word of a line or after ". ", "? ", "! " or ": ". */
  sentenceStart: boolean;
};

const LETTER = /[\p{L}\p{M}]/u;
const UPPER = /\p{Lu}/u;

// A hand-written scanner on character codes: matchAll allocates a match object per word, several times slower.
function isLetterCode(text: string, i: number, c: number): boolean {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  if (c < 192) return false;
  return LETTER.test(text[i]!);
}
const isUpperCode = (text: string, i: number, c: number) => (c >= 65 && c <= 90) || (c >= 192 && UPPER.test(text[i]!));

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let atStart = true;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isLetterCode(text, i, c)) {
      // "\n" opens a sentence, and so do ".", "?", "!" and ":" before white space.
      if (c === 10) atStart = true;
      else if ((c === 46 || c === 63 || c === 33 || c === 58) && /\s/.test(text[i + 1] ?? "")) atStart = true;
      i++;
      continue;
    }
    const start = i;
    let upperCount = 0;
    let letters = 0;
    for (;;) {
      let d = text.charCodeAt(i);
      while (i < n && isLetterCode(text, i, d)) {
        if (isUpperCode(text, i, d)) upperCount++;
        letters++;
        d = text.charCodeAt(++i);
      }
      // Inner hyphen or apostrophe: "-", "'", "’".
      if ((d === 45 || d === 39 || d === 8217) && i + 1 < n && isLetterCode(text, i + 1, text.charCodeAt(i + 1))) i++;
      else break;
    }
    const word = text.slice(start, i);
    const capitalised =
      upperCount > 0 && isUpperCode(text, start, text.charCodeAt(start)) && (letters === 1 || upperCount < letters);
    tokens.push({ start, end: i, text: word, lower: word.toLowerCase(), capitalised, sentenceStart: atStart });
    atStart = false;
  }
  return tokens;
}

export const isCapitalised = (token: Token) => token.capitalised;

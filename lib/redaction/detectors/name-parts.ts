import { SURNAMES } from "../lexicon";
import { gapIsSpace, isParticle, surnameWord } from "./name-words";
import { isCapitalised, type Token } from "./tokens";

/** Index of the last token of "[particles] surname [particles surname]" from `i`, or -1. */
export function surnameFrom(text: string, tokens: readonly Token[], i: number, lowerAllowed: boolean): number {
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
export function initialsFrom(text: string, tokens: readonly Token[], i: number, lowerAllowed = false): number {
  let j = i;
  while (j < tokens.length && tokens[j]!.text.length === 1 && (lowerAllowed || tokens[j]!.capitalised)) {
    if (text[tokens[j]!.end] !== ".") break;
    j++;
  }
  return j > i ? j : -1;
}

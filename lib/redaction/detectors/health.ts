import { HEALTH_ABBREVIATIONS, HEALTH_COMPOUND_ENDS, HEALTH_PHRASES, HEALTH_WORDS } from "../lexicon";
import type { Sentences } from "./shared";
import type { Token } from "./tokens";

/**
 * Health and care details (special personal data, Woo 5.1.1d): a term from the curated lexicon, suggested
 * only when its sentence or the previous one names or refers to one person. "Cliënten met dementie wachten
 * langer" is policy; "Mevrouw Jansen heeft dementie" is a person's health.
 */
export type HealthSpan = { start: number; end: number; term: string };

// Singular references to a person; "zij", "ze" and "zijn" are left out, they are mostly plural or a verb.
const PERSON_WORD = new RegExp(
  String.raw`(?<![\p{L}])(?:hij|hem|haar|mevrouw|meneer|mevr\.|mw\.|dhr\.|de heer|cli[eë]nte?|bewoner|` +
    String.raw`bewoonster|inwoner|inwoonster|jongere|zoon|zoontje|dochter|dochtertje|moeder|vader|kind|` +
    String.raw`pleegkind|broer|zus|oma|opa|echtgeno(?:o|t)e?|echtgenote|partner|meisje|jongen|baby|peuter|` +
    String.raw`gezin|familie|buurman|buurvrouw|mantelzorger|\d{1,3}-jarige?)(?![\p{L}])`,
  "iu",
);
// "een", "ernstige", "een zware": up to two words before the term belong to the passage.
const MODIFIER = new RegExp(
  `(?:(?:een|ernstige|ernstig|beginnende|lichte|licht|zware|zwaar|chronische|chronisch|vergevorderde|acute|acuut|` +
    `vermoedelijke|vermoedelijk|gediagnosticeerde|milde|mild|matige|hevige|langdurige|terugkerende)[ \u00a0]+){1,2}$`,
  "iu",
);

const COMPOUND_TAILS = new Set(HEALTH_COMPOUND_ENDS.map((end) => end.slice(-3)));

function isHealthToken(token: Token): boolean {
  if (HEALTH_WORDS.has(token.lower) || HEALTH_ABBREVIATIONS.has(token.text)) return true;
  // "ADHD-diagnose", "alcohol-verslaving": each part of a hyphenated word counts.
  if (token.text.includes("-") && token.text.length > 3)
    for (const part of token.text.split("-"))
      if (HEALTH_WORDS.has(part.toLowerCase()) || HEALTH_ABBREVIATIONS.has(part)) return true;
  // Most words end differently from every compound end: a look-up of the last three letters rules them out.
  if (token.lower.length < 5 || !COMPOUND_TAILS.has(token.lower.slice(-3))) return false;
  for (const end of HEALTH_COMPOUND_ENDS) if (token.lower.endsWith(end)) return true;
  return false;
}

const PHRASES_BY_FIRST = new Map<string, string[]>();
for (const phrase of HEALTH_PHRASES) {
  const first = phrase.slice(0, phrase.indexOf(" "));
  PHRASES_BY_FIRST.set(first, [...(PHRASES_BY_FIRST.get(first) ?? []), phrase]);
}

export function findHealth(
  text: string,
  tokens: readonly Token[],
  sentences: Sentences,
  personAt: (start: number, end: number) => boolean,
): HealthSpan[] {
  const spans: HealthSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let end = -1;
    for (const phrase of PHRASES_BY_FIRST.get(t.lower) ?? []) {
      const candidate = text.slice(t.start, t.start + phrase.length);
      if (
        candidate.toLowerCase().replace(/\s+/g, " ") === phrase &&
        !/\p{L}/u.test(text[t.start + phrase.length] ?? "")
      )
        end = Math.max(end, t.start + phrase.length);
    }
    if (end < 0 && isHealthToken(t)) end = t.end;
    if (end < 0) continue;
    while (i + 1 < tokens.length && tokens[i + 1]!.start < end) i++;
    const [sentenceStart, sentenceEnd] = sentences.around(t.start);
    const [previousStart] = sentenceStart > 0 ? sentences.around(sentenceStart - 1) : [sentenceStart];
    const context = text.slice(previousStart, sentenceEnd);
    if (!PERSON_WORD.test(context) && !personAt(previousStart, sentenceEnd)) continue;
    const modifier = MODIFIER.exec(text.slice(Math.max(0, t.start - 30), t.start));
    const start = modifier ? t.start - modifier[0].length : t.start;
    // "een bipolaire stoornis": two lexicon words in a row are one passage.
    const previous = spans.at(-1);
    if (previous && /^[ \u00a0]+$/.test(text.slice(previous.end, start))) {
      previous.end = end;
      previous.term = text.slice(previous.start, end);
    } else spans.push({ start, end, term: text.slice(t.start, end) });
  }
  return spans;
}

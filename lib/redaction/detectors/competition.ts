import type { DetectOptions, FindingKind } from "../finding";
import { figureKey } from "./figures";
import {
  hits,
  lowerBound,
  Sentences,
  SP,
  wordEnd,
  wordStart,
  type Emit,
  type Hits,
  type OptionPatterns,
} from "./shared";

// Patterns are built from pieces once, at module load. Amounts: "1.200", "12 500", or plain digits.
// At most four thousand groups: with an open-ended "+", a long run like "123 123 123 …" without a
// currency would be rescanned from every group and take quadratic time.
const AMOUNT = `\\d{1,3}(?:[.\\u00a0\\u202f ]\\d{3}){1,4}|\\d+`;
// The same after its first digit: a pattern that starts with a digit rather than a look-behind lets
// the regex engine skip quickly to the next digit.
const AMOUNT_REST = `\\d{0,2}(?:[.\\u00a0\\u202f ]\\d{3}){1,4}|\\d*`;
const CENTS = `(?:,(?:\\d{1,2}|-{1,2}))?`;
const SCALE = `(?:miljoen|miljard|mln\\.?|mld\\.?)(?![\\p{L}])`;
const CURRENCY_AFTER = `(?:k€|€|euro(?![\\p{L}])|EUR(?![\\p{L}]))`;
const PER = `(?:${SP}?(?:per|p\\/)${SP}?(?:uur|cliënt|client|maand|jaar|week|dag|etmaal|traject|deelnemer|stuk|kwartier|kind|jongere|bed|plaats)(?![\\p{L}]))`;
// € 54,50 · EUR 1.200 · €12k · € 1,2 mln — or 1.200 euro · 12 k€ · 1,2 miljoen (euro) — plus "per uur".
const MONEY = new RegExp(
  `(?:(?:€|(?:EUR|euro)(?<![\\p{L}](?:EUR|euro)))${SP}?(?:${AMOUNT})${CENTS}(?:${SP}?${SCALE}|k(?![\\p{L}]))?` +
    `|\\d(?<![\\p{L}\\d.,]\\d)(?:${AMOUNT_REST})(?:,(?:\\d{1,3}|-{1,2}))?${SP}?(?:${SCALE}(?:${SP}?${CURRENCY_AFTER})?|${CURRENCY_AFTER}))` +
    `${PER}{0,2}`,
  "gu",
);
// "12.5%" is not read as "5%": no digit or separator may precede.
const PERCENT = new RegExp(`\\d(?<![\\d,.]\\d)\\d{0,2}(?:,\\d{1,2})?${SP}?(?:%|procent(?![\\p{L}]))`, "gu");

// Cost words from the product issue, with the compounds minutes use ("uitvoeringskosten",
// "trajectprijs", "uurtarief"). A word-initial "\p{L}*" would be tried at every letter of the text,
// so a fixed stem finds candidates and the whole word around it is then checked.
const COST_STEM =
  /kost(?:en|prij[sz])|tarie[fv]|prij(?:s|zen)|marge|winst|omzet|overhead|begroting|korting|opslag|offerte|exploitatie|verlie[sz]|resultaat/gi;
// "omzetten" (to convert) and "opslagruimte" (storage) are no cost words.
const COST_WORD =
  /^(?:\p{L}*(?:kosten|kostprijs|kostprijzen|tarief|tarieven|prijs|prijzen)\p{L}*|marges?|winst\p{L}*|omzet(?:cijfers?|groei|daling)?|overhead\p{L}*|begroting\p{L}*|korting\p{L}*|opslag(?:en|percentage)?|offerte\p{L}*|exploitatie\p{L}*|verlies|verliezen|verliesgevend|resultaat)$/iu;

/** Longer "words" are glued-together text, not cost words; checking them would only cost time. */
const MAX_WORD = 60;

function costWords(text: string): Hits {
  const found: Hits = { starts: [], ends: [], texts: [] };
  COST_STEM.lastIndex = 0;
  for (let m = COST_STEM.exec(text); m; m = COST_STEM.exec(text)) {
    const start = wordStart(text, m.index);
    const end = wordEnd(text, m.index + m[0].length);
    // Go on after this word: "winstmarge" holds two stems, and a word is looked at only once.
    COST_STEM.lastIndex = end;
    const word = text.slice(start, end);
    if (word.length > MAX_WORD || !COST_WORD.test(word)) continue;
    found.starts.push(start);
    found.ends.push(end);
    found.texts.push(word);
  }
  return found;
}

/** How far (in characters) a cost word may stand from a figure in another sentence. */
const WINDOW = 80;

type Reason = { kind: "cost" | "provider"; word: string };

/** The cost word or provider that ties a figure at [start, end) to a competitor, if any. */
function reasonFor(start: number, end: number, costs: Hits, providers: Hits, sentences: Sentences): Reason | null {
  const [sentenceStart, sentenceEnd] = sentences.around(start);
  // Only the nearest cost word before and the nearest after can qualify: any other one lies further
  // away, so it is neither within the window nor in the sentence if these two are not.
  const i = lowerBound(costs.starts, start);
  for (const j of [i - 1, i]) {
    const from = costs.starts[j];
    const to = costs.ends[j];
    if (from === undefined || to === undefined) continue;
    const sameSentence = from >= sentenceStart && from < sentenceEnd;
    if (sameSentence || (to >= start - WINDOW && from <= end + WINDOW))
      return { kind: "cost", word: costs.texts[j]!.toLowerCase() };
  }
  const p = lowerBound(providers.starts, sentenceStart);
  const provider = providers.starts[p];
  if (provider !== undefined && provider < sentenceEnd) return { kind: "provider", word: providers.texts[p]! };
  return null;
}

const LABEL: Record<"money" | "percentage", string> = { money: "Bedrag", percentage: "Percentage" };

export function detectCompetition(text: string, options: DetectOptions, patterns: OptionPatterns, emit: Emit): void {
  const costs = costWords(text);
  const providers = hits(text, patterns.providers);
  const sentences = new Sentences(text);
  const published = new Set<string>();
  for (const figure of options.publicFigures ?? []) {
    const key = figureKey(figure);
    if (key) published.add(key);
  }

  const figures: ReadonlyArray<readonly [RegExp, "money" | "percentage"]> = [
    [MONEY, "money"],
    [PERCENT, "percentage"],
  ];
  for (const [pattern, kind] of figures) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      const reason = reasonFor(start, end, costs, providers, sentences);
      if (!reason) continue;
      if (published.size > 0 && published.has(figureKey(m[0]) ?? "")) continue;
      const explanation =
        reason.kind === "cost"
          ? `${LABEL[kind]} in de buurt van '${reason.word}'.`
          : `${LABEL[kind]} in dezelfde zin als aanbieder '${reason.word}'.`;
      emit({ start, end, kind: kind satisfies FindingKind, ground: "competition", explanation });
    }
  }

  if (!patterns.confidentialTerms) return;
  for (const m of text.matchAll(patterns.confidentialTerms)) {
    emit({
      start: m.index,
      end: m.index + m[0].length,
      kind: "confidential-term",
      ground: "competition",
      explanation: `'${m[0]}' staat op de lijst met vertrouwelijke termen van de organisatie.`,
    });
  }
}

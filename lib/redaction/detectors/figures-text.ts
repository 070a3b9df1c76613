import { oneOf, SP } from "./shared";

/**
 * Where amounts and percentages stand in a text, in digits ("€ 54,50", "1,2 mln", "18%", "3 pct") and in
 * words ("veertig euro", "drie procent", "anderhalve ton"). Whether one is sensitive is decided elsewhere.
 */
export type FigureSpan = { start: number; end: number; kind: "money" | "percentage" };

// Amounts: "1.200", "12 500", or plain digits; at most four thousand groups, so that a long run of
// "123 123 123 …" is not rescanned from every group (quadratic time).
const AMOUNT = `\\d{1,3}(?:[.\\u00a0\\u202f ]\\d{3}){1,4}|\\d+`;
// The same after its first digit: a pattern that starts with a digit lets the engine skip to the next digit.
const AMOUNT_REST = `\\d{0,2}(?:[.\\u00a0\\u202f ]\\d{3}){1,4}|\\d*`;
const CENTS = `(?:,(?:\\d{1,2}|-{1,2}))?`;
const SCALE = `(?:miljoen|miljard|mln\\.?|mld\\.?|mio\\.?)(?![\\p{L}])`;
// "€" after a number only when no amount follows it: in "in 2024 € 1.120.000" the year is no amount.
const CURRENCY_AFTER = `(?:k€|€(?!${SP}?\\d)|euro(?![\\p{L}])|EUR(?![\\p{L}]))`;
const PER_UNIT = oneOf(`
  uur cliënt client maand jaar week dag etmaal traject deelnemer stuk kwartier kind jongere bed plaats fte dagdeel
  minuut indicatie beschikking verblijfsdag`);
const PER = `(?:${SP}?(?:per|p\\/|a)${SP}?(?:${PER_UNIT})(?![\\p{L}]))`;
const AFTER_NUMBER = `(?:${SCALE}(?:${SP}?${CURRENCY_AFTER})?|${CURRENCY_AFTER}|ton(?![\\p{L}]))`;
// € 54,50 · EUR 1.200 · €12k · € 1,2 mln — or 1.200 euro · 12 k€ · 1,2 miljoen (euro) · 3 ton — plus "per uur".
const MONEY = new RegExp(
  `(?:(?:€|(?:EUR|euro)(?<![\\p{L}](?:EUR|euro)))${SP}?(?:${AMOUNT})${CENTS}(?:${SP}?${SCALE}|k(?![\\p{L}]))?` +
    `|\\d(?<![\\p{L}\\d.,]\\d)(?:${AMOUNT_REST})(?:,(?:\\d{1,3}|-{1,2}))?${SP}?${AFTER_NUMBER})` +
    `${PER}{0,2}`,
  "gu",
);
// "12.5%" is not read as "5%": no digit or separator may precede.
const PERCENT_UNIT = `(?:%|procent(?:punt(?:en)?)?(?![\\p{L}])|pct\\.?(?![\\p{L}]))`;
const PERCENT = new RegExp(`\\d(?<![\\d,.]\\d)\\d{0,2}(?:[,.]\\d{1,2})?${SP}?${PERCENT_UNIT}`, "gu");
// A bare decimal amount ("58,20"); only sensitive right after a cost word, which the caller checks.
const BARE = /\d(?<![\d.,]\d)\d{0,2}(?:\.\d{3})*,\d{2}(?![\d%]|[ \u00a0]?(?:%|procent|pct))/g;

const NUMBER_WORD = `(?:${oneOf(`
  nul een [eë]n twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien
  achttien negentien twintig dertig veertig vijftig zestig zeventig tachtig negentig honderd duizend anderhalf
  anderhalve half halve komma`)})`;
// Number words before a unit, read backwards from the unit: "twee komma vijf procent", "vijfenveertig euro".
const WORDS_BEFORE = new RegExp(
  `(?<![\\p{L}])${NUMBER_WORD}+(?:${SP}+(?:${NUMBER_WORD}+|miljoen|miljard))*${SP}+$`,
  "iu",
);
const UNIT_WORD = /(?<![\p{L}])(?:euro|procent|procentpunt(?:en)?|pct\.?|ton|miljoen|miljard)(?![\p{L}])/giu;

export function findFigures(text: string): { figures: FigureSpan[]; bare: FigureSpan[] } {
  const figures: FigureSpan[] = [];
  for (const m of text.matchAll(MONEY)) figures.push({ start: m.index, end: m.index + m[0].length, kind: "money" });
  for (const m of text.matchAll(PERCENT))
    figures.push({ start: m.index, end: m.index + m[0].length, kind: "percentage" });
  for (const m of text.matchAll(UNIT_WORD)) {
    const before = WORDS_BEFORE.exec(text.slice(Math.max(0, m.index - 60), m.index));
    // "en" alone is a conjunction, not a number.
    if (!before || /^(?:[eë]n|komma)\s*$/iu.test(before[0])) continue;
    if (/^een\s*$/iu.test(before[0]) && /^euro$/i.test(m[0])) continue;
    let end = m.index + m[0].length;
    const euro = /^[ \u00a0]euro(?![\p{L}])/iu.exec(text.slice(end, end + 6));
    if (euro && /^(?:ton|miljoen|miljard)$/i.test(m[0])) end += euro[0].length;
    const kind = /^(?:procent|procentpunt|pct)/i.test(m[0]) ? "percentage" : "money";
    figures.push({ start: m.index - before[0].length, end, kind });
  }
  const bare: FigureSpan[] = [];
  for (const m of text.matchAll(BARE)) bare.push({ start: m.index, end: m.index + m[0].length, kind: "money" });
  return { figures, bare };
}

/**
 * The value of a written figure, so that "€ 750.000", "750000 euro" and "EUR 750 000" count as the
 * same published figure, and "1,2 miljoen" as "€ 1.200.000". Money and percentages never compare equal.
 */

const SCALES = new Map<string, number>([
  ["", 1],
  ["k", 1e3],
  ["miljoen", 1e6],
  ["mln", 1e6],
  ["miljard", 1e9],
  ["mld", 1e9],
  // "3 ton" is 300,000 euro in Dutch speech.
  ["ton", 1e5],
]);
const NUMBER = /\d[\d.,\s\u00a0\u202f]*/;
// What is left once the number is gone: currency, unit and scale words; "per uur" and the like are ignored.
const NOISE = /per\s?\p{L}+|p\/\s?\p{L}+|€|euro|eur|[\s\u00a0\u202f.,:-]/gu;

/**
 * Separators read as the Dutch write them, with two exceptions for figures typed the English way:
 * with both marks the last one is the decimal mark, a repeated mark separates thousands, and a single
 * mark followed by exactly three digits separates thousands unless a scale word follows ("1,250 mln").
 */
function parseNumber(raw: string, scaled: boolean): number | null {
  const s = raw.replace(/[\s\u00a0\u202f]/g, "").replace(/[.,]-*$/, "");
  const dots = s.split(".").length - 1;
  const commas = s.split(",").length - 1;
  let decimal: "." | "," | null = null;
  if (dots && commas) decimal = s.lastIndexOf(".") > s.lastIndexOf(",") ? "." : ",";
  else if (dots + commas === 1) {
    const after = s.length - 1 - Math.max(s.indexOf("."), s.indexOf(","));
    decimal = after === 3 && !scaled ? null : dots ? "." : ",";
  }
  const [whole = "", fraction = ""] = decimal
    ? [s.slice(0, s.lastIndexOf(decimal)), s.slice(s.lastIndexOf(decimal) + 1)]
    : [s];
  const digits = `${whole.replace(/[.,]/g, "")}.${fraction || "0"}`;
  const value = Number(digits);
  return Number.isFinite(value) ? value : null;
}

/** "€1200000" for money, "%3.5" for a percentage; null when the text is no figure this module reads. */
export function figureKey(raw: string): string | null {
  const lower = raw.toLowerCase();
  const number = NUMBER.exec(lower);
  if (!number) return null;
  const rest = (lower.slice(0, number.index) + " " + lower.slice(number.index + number[0].length)).replace(NOISE, "");
  const percent = rest === "%" || rest === "procent";
  const scale = percent ? 1 : SCALES.get(rest);
  if (scale === undefined) return null;
  const value = parseNumber(number[0], scale !== 1);
  if (value === null) return null;
  return percent ? `%${Math.round(value * 100)}` : `€${Math.round(value * scale * 100)}`;
}

import type { DetectOptions } from "../finding";
import { anyWithin, phraseRegExp, positions, type Emit } from "./shared";

const TAIL = "(?:\\s?(?:per|p\\/)\\s?(?:uur|cliënt|client|maand|jaar|week|dag|etmaal|traject|deelnemer|stuk|kwartier))?";
const AMOUNT = "\\d{1,3}(?:[.\\u00a0 ]\\d{3})+|\\d+";
const SCALE = "(?:miljoen|miljard|mln\\.?|mld\\.?)";
// € 54,50 · EUR 1.200 · €12k · € 1,2 mln — and 1.200 euro · 12 k€ · 1,2 miljoen (euro)
const MONEY = new RegExp(
  `(?:(?:€|\\bEUR|\\beuro)\\s?(?:${AMOUNT})(?:,(?:\\d{1,2}|-{1,2}))?(?:\\s?${SCALE}|k(?![\\p{L}]))?|\\b(?:${AMOUNT})(?:,\\d{1,2})?\\s?(?:${SCALE}(?:\\s?(?:euro|EUR|€))?|k€|euro\\b|EUR\\b|€))${TAIL}`,
  "gu",
);
const PERCENT = /(?<![\d,.])\d{1,3}(?:,\d{1,2})?\s?(?:%|procent\b)/g;
const COST_WORDS = /(?<![\p{L}])(?:kostprijs\p{L}*|kostprijzen|tarie[fv]\p{L}*|uurtarie[fv]\p{L}*|marge\p{L}*|winst\p{L}*|omzet\p{L}*|loonkosten|salariskosten|reiskosten|overhead\p{L}*|begroting\p{L}*|korting\p{L}*|opslag\p{L}*|kosten|prijs|prijzen|inkoopprijs\p{L}*|offerte\p{L}*|exploitatie\p{L}*|verlies\p{L}*|resultaat)(?![\p{L}])/giu;
const WINDOW = 80;

/** Figures compare without spacing, thousand separators or currency words. */
export const normaliseFigure = (figure: string) =>
  figure.toLowerCase().replace(/\s?(?:per|p\/)\s?\p{L}+$/u, "").replace(/€|eur(?:o)?|k€|[\s.\u00a0]/gu, "");

export function detectCompetition(text: string, options: DetectOptions, emit: Emit): void {
  const costs = positions(text, COST_WORDS);
  const providers = positions(text, phraseRegExp(options.providerNames ?? []));
  const publicFigures = new Set((options.publicFigures ?? []).map(normaliseFigure));
  const nearby = (start: number, end: number) => {
    if (anyWithin(costs, start - WINDOW, end + WINDOW)) return "cost";
    if (anyWithin(providers, start - WINDOW * 2, end + WINDOW)) return "provider";
    return null;
  };
  for (const [pattern, kind] of [[MONEY, "money"], [PERCENT, "percentage"]] as const) {
    for (const m of text.matchAll(pattern)) {
      const value = m[0].replace(/[.,\s]+$/, "");
      if (publicFigures.has(normaliseFigure(value))) continue;
      const why = nearby(m.index, m.index + value.length);
      if (!why) continue;
      const what = kind === "money" ? "Bedrag" : "Percentage";
      emit({
        start: m.index,
        end: m.index + value.length,
        kind,
        ground: "competition",
        explanation: why === "cost" ? `${what} in de buurt van een kostenwoord (zoals kostprijs of tarief).` : `${what} in de buurt van de naam van een aanbieder.`,
      });
    }
  }
  for (const m of text.matchAll(phraseRegExp(options.confidentialTerms ?? []) ?? /$^/g)) {
    emit({ start: m.index, end: m.index + m[0].length, kind: "confidential-term", ground: "competition", explanation: "Een term die als vertrouwelijk is opgegeven." });
  }
}

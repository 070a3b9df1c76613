import type { DetectOptions } from "../finding";
import { figureKey } from "./figures";
import { findFigures, type FigureSpan } from "./figures-text";
import { hits, lowerBound, Sentences, wordEnd, wordStart, type Emit, type Hits, type OptionPatterns } from "./shared";

// Cost words, with the compounds minutes use ("uitvoeringskosten", "trajectprijs", "staffelkorting").
// A word-initial "\p{L}*" would be tried at every letter of the text, so a fixed stem finds candidates
// and the whole word around it is then checked.
const COST_STEM = new RegExp(
  String.raw`kost(?:en|prij[sz])|tarie[fv]|prij(?:s|zen)|marge|winst|omzet|overhead|begroting|budget|korting|` +
    String.raw`opslag|offerte|exploitatie|verlie[sz]|resultaat|loonsom|reserve|reservering|salaris|` +
    String.raw`inschrijving|bod|liquiditeit|solvabiliteit|rendement|ebitda|productiviteit|verzuim|` +
    String.raw`bezettingsgraad|declar|inkomsten|omzetten|toeslag|vergoeding|bedrag|uurloon|loon`,
  "gi",
);
// "omzetten" (to convert), "opslagruimte" (storage), "bodem", "bedragen" as a verb are no cost words.
const COST_WORD = new RegExp(
  String.raw`^(?:\p{L}*(?:kosten|kostprijs|kostprijzen|tarief|tarieven|prijs|prijzen|korting|kortingen|` +
    String.raw`budget|budgetten|marge|marges|reservering|reserveringen|reserve|reserves|salaris|salarissen|` +
    String.raw`loonsom|uurloon|lonen|toeslag|toeslagen|vergoeding|vergoedingen|verzuim|productiviteit|` +
    String.raw`exploitatie)|winst\p{L}*|omzet(?:cijfers?|groei|daling)?|overhead\p{L}*|begroting\p{L}*|` +
    String.raw`opslag(?:en|percentage)?|offerte\p{L}*|exploitatie\p{L}*|verlies|verliezen|verliesgevend|` +
    String.raw`resultaat|resultaten|bedrijfsresultaat|inschrijving|inschrijvingen|inschrijfprijs|bod|biedprijs|` +
    String.raw`liquiditeit|solvabiliteit|rendement|ebitda|bezettingsgraad|declaratie\p{L}*|inkomsten|bedrag|` +
    String.raw`loon|lonen|loonkosten)$`,
  "iu",
);
// A figure the municipality or the country publishes, not a provider's: indexation, KPI norms, thresholds.
const PUBLIC_CUE = new RegExp(
  `(?:indexatie|indexering|geïndexeerd|geindexeerd|loonindex|prijsindex|inflatie|cao-stijging|streefwaarde|` +
    `streefcijfer|doelstelling|landelijk|wettelijk|drempel|raadsbesluit|vastgesteld|gepubliceerd|beleidsregel|` +
    `verordening|gemeentelijk|offerteaanvraag|aanbestedingsstukken|tenderned|maximumtarief|abonnementstarief|` +
    `eigen bijdrage|(?<![eE])norm(?:en)?` +
    `(?![\\p{L}])|(?<![\\p{L}])(?:ova|cpi|cbs|cak|kpi|btw|bestek|de gemeente|het college|de raad|de regio|regionaal|` +
    `regionale|huidige tarief|huidig tarief)(?![\\p{L}]))`,
  "giu",
);
// Who speaks of their own figures: a provider ("onze kostprijs", "wij rekenen") rather than the municipality.
const OWN_CUE = /(?<![\p{L}])(?:ons|onze|wij|we|ik|mijn|hun|zij|hen|aanbieder\p{L}*|concurrent\p{L}*)(?![\p{L}])/giu;

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
function reasonFor(
  text: string,
  start: number,
  end: number,
  costs: Hits,
  providers: Hits,
  sentences: Sentences,
): Reason | null {
  const [sentenceStart, sentenceEnd] = sentences.around(start);
  const p = lowerBound(providers.starts, sentenceStart);
  const provider = providers.starts[p];
  const providerHere = provider !== undefined && provider < sentenceEnd;
  // Only the nearest cost word before and the nearest after can qualify: any other one lies further
  // away, so it is neither within the window nor in the sentence if these two are not.
  if (providerHere) return { kind: "provider", word: providers.texts[p]! };
  const i = lowerBound(costs.starts, start);
  for (const j of [i - 1, i]) {
    const from = costs.starts[j];
    const to = costs.ends[j];
    if (from === undefined || to === undefined) continue;
    const sameSentence = from >= sentenceStart && from < sentenceEnd;
    // Across sentences only within the same paragraph: "2. Tarief" as a heading says nothing about a figure above it.
    const near =
      to >= start - WINDOW &&
      from <= end + WINDOW &&
      !text.slice(Math.min(to, start), Math.max(from, end)).includes("\n");
    if (sameSentence || near) return { kind: "cost", word: costs.texts[j]!.toLowerCase() };
  }
  return null;
}

// Public cues that name the figure right after it: "3,8% (OVA)", "95% (norm)", "2,9% indexatie".
const PUBLIC_AFTER =
  /^[ \u00a0]*\(?(?:ova|indexatie|indexering|geïndexeerd|geindexeerd|norm|kpi|cbs|inflatie|cpi)(?![\p{L}])/iu;
const CLAUSE_BREAK = /;|[.!?][ \u00a0]/g;

/**
 * Whether the figure is the municipality's or a public one (an indexation, a norm, a threshold, its own
 * tariff): a public cue stands shortly before it in the same clause, with no other figure and no provider
 * speaking of their own figures in between; or a public cue names it right after it.
 */
function isPublicFigure(
  text: string,
  figure: FigureSpan,
  previousFigureEnd: number,
  sentences: Sentences,
  providers: RegExp | null,
): boolean {
  const [sentenceStart] = sentences.around(figure.start);
  const from = Math.max(sentenceStart, previousFigureEnd, figure.start - 70);
  const window = text.slice(from, figure.start);
  let clauseStart = 0;
  for (const m of window.matchAll(CLAUSE_BREAK)) clauseStart = m.index + m[0].length;
  const before = window.slice(clauseStart);
  const lastOf = (pattern: RegExp, s: string) => {
    let at = -1;
    for (const m of s.matchAll(pattern)) at = m.index;
    return at;
  };
  const publicAt = lastOf(PUBLIC_CUE, before);
  let ownAt = lastOf(OWN_CUE, before);
  if (providers) ownAt = Math.max(ownAt, lastOf(providers, before));
  if (publicAt >= 0 && publicAt > ownAt) return true;
  return PUBLIC_AFTER.test(text.slice(figure.end, figure.end + 20));
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

  const { figures, bare } = findFigures(text);
  // A bare decimal amount only right after a cost word: "het uurtarief is 58,20".
  figures.sort((a, b) => a.start - b.start);
  const starts = figures.map((f) => f.start);
  // Figures do not nest, so only the last one starting at or before a bare amount can hold it.
  const inFigure = (f: FigureSpan) => {
    const holder = figures[lowerBound(starts, f.start + 1) - 1];
    return holder !== undefined && holder.end >= f.end;
  };
  for (const figure of bare) {
    if (inFigure(figure)) continue;
    const j = lowerBound(costs.starts, figure.start) - 1;
    const to = costs.ends[j];
    if (to !== undefined && figure.start - to <= 30 && !/[.!?\n]/.test(text.slice(to, figure.start)))
      figures.push(figure);
  }
  figures.sort((a, b) => a.start - b.start);
  let previousEnd = 0;
  for (const figure of figures) {
    const { start, end, kind } = figure;
    const previous = previousEnd;
    previousEnd = end;
    const reason = reasonFor(text, start, end, costs, providers, sentences);
    if (!reason) continue;
    if (published.size > 0 && published.has(figureKey(text.slice(start, end)) ?? "")) continue;
    if (isPublicFigure(text, figure, previous, sentences, patterns.providers)) continue;
    const explanation =
      reason.kind === "cost"
        ? `${LABEL[kind]} in de buurt van '${reason.word}'.`
        : `${LABEL[kind]} in dezelfde zin als aanbieder '${reason.word}'.`;
    emit({ start, end, kind, ground: "competition", explanation });
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

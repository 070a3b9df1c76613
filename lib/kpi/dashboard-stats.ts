import { scoreKpi, UNIT_MAX, type KpiNorm, type KpiScore } from "./scoring";

/** A norm band on the value scale: [from, to) scores `score` (the last band includes the maximum). */
export type Band = { from: number; to: number; score: KpiScore };

/** The bands of a KPI as source 002 sets them: below the norm, (sufficient,) good or met. */
export function normBands(kpi: KpiNorm): Band[] {
  const max = UNIT_MAX[kpi.unit];
  if (kpi.goodFrom === null)
    return [
      { from: 0, to: kpi.norm, score: "not_met" },
      { from: kpi.norm, to: max, score: "met" },
    ];
  return [
    { from: 0, to: kpi.norm, score: "insufficient" },
    { from: kpi.norm, to: kpi.goodFrom, score: "sufficient" },
    { from: kpi.goodFrom, to: max, score: "good" },
  ].filter((b) => b.to > b.from) as Band[];
}

/** The scores a KPI's results can have, in the order of its bands, then "not measured". */
export const scoresOf = (kpi: KpiNorm): KpiScore[] => [...normBands(kpi).map((b) => b.score), "not_measured"];

type Result = { value: number; clientsInCare: number; subregionName: string };

/** Per sub-region: how many providers' results fall in each band (and how many were not measured). */
export function distributionBySubregion(kpi: KpiNorm, results: Result[]) {
  const rows = new Map<string, Map<KpiScore, number>>();
  for (const r of results) {
    const counts = rows.get(r.subregionName) ?? new Map<KpiScore, number>();
    const score = scoreKpi(kpi, r.value, r.clientsInCare);
    counts.set(score, (counts.get(score) ?? 0) + 1);
    rows.set(r.subregionName, counts);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a.localeCompare(b, "nl"))
    .map(([subregionName, counts]) => ({
      subregionName,
      total: [...counts.values()].reduce((n, c) => n + c, 0),
      counts: Object.fromEntries(scoresOf(kpi).map((s) => [s, counts.get(s) ?? 0])) as Record<KpiScore, number>,
    }));
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The trend of a KPI over the years: per year the results measured (10 clients or more), their median
 * and how many fell below the norm. Results that were not measured are counted but left out of the median.
 */
export function trendByYear(kpi: KpiNorm, results: Array<Result & { year: number }>) {
  const years = [...new Set(results.map((r) => r.year))].sort((a, b) => a - b);
  return years.map((year) => {
    const ofYear = results.filter((r) => r.year === year);
    const scored = ofYear.map((r) => ({ ...r, score: scoreKpi(kpi, r.value, r.clientsInCare) }));
    const measured = scored.filter((r) => r.score !== "not_measured");
    const mid = median(measured.map((r) => r.value));
    return {
      year,
      results: ofYear.length,
      measured: measured.length,
      median: mid,
      medianScore: mid === null ? ("not_measured" as const) : scoreKpi(kpi, mid, Number.MAX_SAFE_INTEGER),
      below: measured.filter((r) => r.score === "not_met" || r.score === "insufficient").length,
    };
  });
}

import { describe, expect, it } from "vitest";
import { distributionBySubregion, normBands, trendByYear } from "@/lib/kpi/dashboard-stats";
import { STANDARD_KPIS } from "@/lib/kpi/scoring";

const RESULT = STANDARD_KPIS.result_achieved;
const SATISFACTION = STANDARD_KPIS.client_satisfaction;

describe("dashboard statistics", () => {
  it("draws the source's bands: three for result achieved, two for satisfaction", () => {
    expect(normBands(RESULT)).toEqual([
      { from: 0, to: 65, score: "insufficient" },
      { from: 65, to: 80, score: "sufficient" },
      { from: 80, to: 100, score: "good" },
    ]);
    expect(normBands(SATISFACTION)).toEqual([
      { from: 0, to: 8.5, score: "not_met" },
      { from: 8.5, to: 10, score: "met" },
    ]);
    expect(normBands({ unit: "percentage", norm: 70, goodFrom: 70 }).map((b) => b.score)).toEqual([
      "insufficient",
      "good",
    ]);
  });

  it("counts providers per band per sub-region, the norm itself in the upper band", () => {
    const rows = distributionBySubregion(RESULT, [
      { subregionName: "Zaanstad en Wormerland", value: 64.9, clientsInCare: 30 },
      { subregionName: "Zaanstad en Wormerland", value: 65, clientsInCare: 30 },
      { subregionName: "Purmerend en Edam-Volendam", value: 80, clientsInCare: 10 },
      { subregionName: "Purmerend en Edam-Volendam", value: 90, clientsInCare: 9 },
    ]);
    expect(rows).toEqual([
      {
        subregionName: "Purmerend en Edam-Volendam",
        total: 2,
        counts: { insufficient: 0, sufficient: 0, good: 1, not_measured: 1 },
      },
      {
        subregionName: "Zaanstad en Wormerland",
        total: 2,
        counts: { insufficient: 1, sufficient: 1, good: 0, not_measured: 0 },
      },
    ]);
  });

  it("gives the median of measured results per year and how many fell below the norm", () => {
    const trend = trendByYear(RESULT, [
      { year: 2026, subregionName: "A", value: 60, clientsInCare: 20 },
      { year: 2025, subregionName: "A", value: 70, clientsInCare: 20 },
      { year: 2025, subregionName: "B", value: 90, clientsInCare: 20 },
      { year: 2025, subregionName: "C", value: 10, clientsInCare: 3 },
      { year: 2026, subregionName: "B", value: 66, clientsInCare: 20 },
      { year: 2026, subregionName: "C", value: 50, clientsInCare: 20 },
    ]);
    expect(trend).toEqual([
      { year: 2025, results: 3, measured: 2, median: 80, medianScore: "good", below: 0 },
      { year: 2026, results: 3, measured: 3, median: 60, medianScore: "insufficient", below: 2 },
    ]);
    expect(trendByYear(RESULT, [{ year: 2026, subregionName: "A", value: 99, clientsInCare: 2 }])[0]).toMatchObject({
      measured: 0,
      median: null,
      medianScore: "not_measured",
    });
  });
});

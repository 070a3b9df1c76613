import { describe, expect, it } from "vitest";
import { isBelowNorm, kpiCountAdvice, normProblem, scoreKpi, STANDARD_KPIS } from "@/lib/kpi/scoring";

const { client_satisfaction: satisfaction, result_achieved: result, care_start: start } = STANDARD_KPIS;

describe("KPI bands from source 002", () => {
  it.each([
    [0, "not_met"],
    [8.49, "not_met"],
    [8.5, "met"],
    [9.2, "met"],
    [10, "met"],
  ] as const)("client satisfaction %s → %s", (value, expected) => {
    expect(scoreKpi(satisfaction, value, 10)).toBe(expected);
  });

  it.each([
    [0, "insufficient"],
    [64.9, "insufficient"],
    [65, "sufficient"],
    [79.9, "sufficient"],
    [80, "good"],
    [100, "good"],
  ] as const)("result achieved %s%% → %s", (value, expected) => {
    expect(scoreKpi(result, value, 25)).toBe(expected);
  });

  it.each([
    [79.9, "insufficient"],
    [80, "sufficient"],
    [89.9, "sufficient"],
    [90, "good"],
  ] as const)("start of care within six weeks %s%% → %s", (value, expected) => {
    expect(scoreKpi(start, value, 40)).toBe(expected);
  });

  it("scores only with at least 10 clients in care", () => {
    expect(scoreKpi(result, 20, 9)).toBe("not_measured");
    expect(scoreKpi(result, 20, 10)).toBe("insufficient");
    expect(scoreKpi(satisfaction, 9, 0)).toBe("not_measured");
  });

  it("refuses values outside 0–10 for grades and 0–100 for percentages", () => {
    expect(() => scoreKpi(satisfaction, 10.1, 12)).toThrow(RangeError);
    expect(() => scoreKpi(result, 100.5, 12)).toThrow(RangeError);
    expect(() => scoreKpi(result, -1, 12)).toThrow(RangeError);
  });

  it("marks what is below the norm", () => {
    expect(["not_met", "insufficient"].every((s) => isBelowNorm(s as never))).toBe(true);
    expect(["met", "sufficient", "good", "not_measured"].some((s) => isBelowNorm(s as never))).toBe(false);
  });
});

describe("custom KPIs", () => {
  const waiting = { unit: "percentage", norm: 70, goodFrom: 85 } as const;
  it("uses their own norm and bands", () => {
    expect(scoreKpi(waiting, 69.9, 10)).toBe("insufficient");
    expect(scoreKpi(waiting, 70, 10)).toBe("sufficient");
    expect(scoreKpi(waiting, 85, 10)).toBe("good");
    expect(scoreKpi({ unit: "grade", norm: 7, goodFrom: null }, 6.99, 10)).toBe("not_met");
  });
  it("checks that the bands make sense", () => {
    expect(normProblem(waiting)).toBeNull();
    expect(normProblem({ unit: "percentage", norm: 120, goodFrom: null })).toBe("norm_out_of_range");
    expect(normProblem({ unit: "grade", norm: 7, goodFrom: 11 })).toBe("good_out_of_range");
    expect(normProblem({ unit: "percentage", norm: 70, goodFrom: 60 })).toBe("good_below_norm");
  });
});

describe("number of KPIs (Zaanstad: seven at most, preferably four)", () => {
  it.each([
    [3, null],
    [4, null],
    [5, "more_than_preferred"],
    [7, "more_than_preferred"],
    [8, "too_many"],
  ] as const)("%s KPIs → %s", (n, advice) => {
    expect(kpiCountAdvice(n)).toBe(advice);
  });
});

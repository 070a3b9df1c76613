import { describe, expect, it } from "vitest";
import { isCompletedYear, lastCompletedYear } from "@/lib/kpi/measurement-year";
import { resultProblem } from "@/lib/kpi/writes";

// 31 December 23:59 and 1 January 00:00 in Amsterdam (CET, UTC+1) as UTC moments.
const LAST_MINUTE_2026 = new Date("2026-12-31T22:59:59Z");
const NEW_YEAR_2027 = new Date("2026-12-31T23:00:00Z");
const result = (year: number) => ({ year, value: 70, clientsInCare: 20 });

describe("results only for completed years", () => {
  it("a year in progress refused", () => {
    const problem = resultProblem(result(2026), "percentage", new Date("2026-08-15T10:00:00Z"));
    expect(problem?.field).toBe("year");
    expect(problem?.message).toBe(
      "Meetjaar 2026 is nog niet voorbij. Er wordt gemeten over een afgesloten kalenderjaar (1 januari tot en met " +
        "31 december); resultaten over 2026 kunnen vanaf 1 januari 2027 worden ingevoerd, tot 1 april 2027.",
    );
  });

  it("refuses the current year up to the last second of 31 December, Dutch time", () => {
    expect(isCompletedYear(2026, LAST_MINUTE_2026)).toBe(false);
    expect(resultProblem(result(2026), "percentage", LAST_MINUTE_2026)?.message).toMatch(/^Meetjaar 2026 is nog niet/);
    // Already 1 January in UTC+14, still 2026 in Amsterdam.
    expect(isCompletedYear(2026, new Date("2026-12-31T12:00:00Z"))).toBe(false);
  });

  it("accepts the year from 1 January 00:00 in Amsterdam", () => {
    expect(isCompletedYear(2026, NEW_YEAR_2027)).toBe(true);
    expect(resultProblem(result(2026), "percentage", NEW_YEAR_2027)).toBeNull();
    expect(lastCompletedYear(LAST_MINUTE_2026)).toBe(2025);
    expect(lastCompletedYear(NEW_YEAR_2027)).toBe(2026);
  });

  it("refuses the new year on its first day, and a later year as the future", () => {
    expect(resultProblem(result(2027), "percentage", NEW_YEAR_2027)?.message).toMatch(/^Meetjaar 2027 is nog niet/);
    expect(resultProblem(result(2028), "percentage", NEW_YEAR_2027)?.message).toMatch(/in de toekomst/);
  });

  it("still refuses a completed year after its results were established on 1 April", () => {
    expect(resultProblem(result(2025), "percentage", new Date("2026-03-31T21:59:59Z"))).toBeNull();
    expect(resultProblem(result(2025), "percentage", new Date("2026-03-31T22:00:00Z"))?.message).toMatch(/vastgesteld/);
  });
});

describe("every problem of a typed result at once", () => {
  it("names the year in progress together with a value out of range", async () => {
    const { resultProblems } = await import("@/lib/kpi/writes");
    expect(
      resultProblems({ year: 2026, value: 150, clientsInCare: -1 }, "percentage", LAST_MINUTE_2026).map((p) => p.field),
    ).toEqual(["year", "value", "clientsInCare"]);
  });
});

import { describe, expect, it } from "vitest";
import { demoImportMoment } from "@/db/seed/kpi-data";
import { importYearProblem } from "@/lib/kpi/measurement/import-writes";
import { lastCompletedYear } from "@/lib/kpi/measurement-year";
import { parseLocalDateTime } from "@/lib/time/amsterdam";

const local = (value: string) => parseLocalDateTime(value)!;

describe("the moment of the demo's KPI import", () => {
  // Seeding days across the year, the edges of the source's window (1 January, 1 April) among them.
  const days = [
    "2027-01-01T00:03",
    "2027-01-01T00:30",
    "2027-01-20T08:00",
    "2027-02-15T09:59",
    "2027-02-16T12:00",
    "2027-03-31T23:59",
    "2027-04-01T00:00",
    "2027-08-10T14:00",
    "2027-12-31T23:59",
  ];

  it.each(days)("lies before a seed on %s, in the window the source accepts data for a completed year", (day) => {
    const now = local(day);
    const at = demoImportMoment(now);
    expect(at.getTime()).toBeLessThan(now.getTime());
    expect(importYearProblem(lastCompletedYear(at), at)).toBeNull();
  });

  it("imports the last completed year of the seeding day, except in the first minutes of a year", () => {
    expect(lastCompletedYear(demoImportMoment(local("2027-08-10T14:00")))).toBe(2026);
    expect(lastCompletedYear(demoImportMoment(local("2027-01-20T08:00")))).toBe(2026);
    expect(lastCompletedYear(demoImportMoment(local("2027-01-01T00:03")))).toBe(2025);
  });
});

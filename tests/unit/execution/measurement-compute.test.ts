import { describe, expect, it } from "vitest";
import {
  computeCareStart,
  computeResults,
  messageDeadline,
  startedInTime,
  type CareStartRow,
} from "@/lib/kpi/measurement/compute";
import { parseDateCell } from "@/lib/kpi/measurement/dates";
import { dayNumber, dayToIso, isoToDay, isLeapYear } from "@/lib/kpi/measurement/day-number";
import { addWorkingDays, dutchHolidays, easterSunday, isWorkingDay } from "@/lib/kpi/measurement/working-days";

const d = isoToDay;

describe("the 42-day rule of the 301 start date", () => {
  const row = (allocation: string, start: string) => ({ allocationStart: d(allocation), actualStart: d(start) });
  it("counts day 42 as in time and day 43 as late", () => {
    expect(startedInTime(row("2025-03-03", "2025-04-14"))).toBe(true); // Monday to Monday six weeks later
    expect(startedInTime(row("2025-03-03", "2025-04-15"))).toBe(false);
    expect(startedInTime(row("2025-03-03", "2025-03-03"))).toBe(true);
  });
  it("counts 29 February as a day in a leap year", () => {
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2100)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
    // 2024-01-20 + 42 days = 2024-03-02 (the leap day lies in between); 2023-01-20 + 42 = 2023-03-03.
    expect(startedInTime(row("2024-01-20", "2024-03-02"))).toBe(true);
    expect(startedInTime(row("2024-01-20", "2024-03-03"))).toBe(false);
    expect(startedInTime(row("2023-01-20", "2023-03-03"))).toBe(true);
    expect(startedInTime(row("2023-01-20", "2023-03-04"))).toBe(false);
  });
});

describe("Dutch working days", () => {
  it("computes Easter from the Gregorian algorithm", () => {
    expect(dayToIso(easterSunday(2025))).toBe("2025-04-20");
    expect(dayToIso(easterSunday(2026))).toBe("2026-04-05");
    expect(dayToIso(easterSunday(2024))).toBe("2024-03-31");
    expect(dayToIso(easterSunday(2038))).toBe("2038-04-25");
  });
  it("lists the holidays of the Algemene termijnenwet, Koningsdag on the 26th when the 27th is a Sunday", () => {
    expect(dutchHolidays(2025).map((h) => `${dayToIso(h.day)} ${h.name}`)).toEqual([
      "2025-01-01 Nieuwjaarsdag",
      "2025-04-21 Tweede Paasdag",
      "2025-04-26 Koningsdag",
      "2025-05-05 Bevrijdingsdag",
      "2025-05-29 Hemelvaartsdag",
      "2025-06-09 Tweede Pinksterdag",
      "2025-12-25 Eerste Kerstdag",
      "2025-12-26 Tweede Kerstdag",
    ]);
    expect(dutchHolidays(2026).find((h) => h.name === "Koningsdag")!.day).toBe(d("2026-04-27"));
    expect(isWorkingDay(d("2025-04-18"))).toBe(true); // Goede Vrijdag is not in the act
  });
  it("puts the 5th working day after a start on Good Friday 2025 on 28 April (Easter Monday and a weekend skipped)", () => {
    // Start Fri 18 April; Mon 21 is Tweede Paasdag; 22, 23, 24, 25 are days 1–4; Sat 26 is Koningsdag 2025.
    expect(dayToIso(messageDeadline(d("2025-04-18")))).toBe("2025-04-28");
    const rows: CareStartRow[] = [
      {
        reference: "A1",
        product: "WMO-BI",
        allocationStart: d("2025-04-01"),
        actualStart: d("2025-04-18"),
        messageSent: d("2025-04-28"),
      },
      {
        reference: "A2",
        product: "WMO-BI",
        allocationStart: d("2025-04-01"),
        actualStart: d("2025-04-18"),
        messageSent: d("2025-04-29"),
      },
    ];
    const c = computeCareStart(rows);
    expect(c.lateMessages).toBe(1);
    expect(c.lateExamples.map((l) => l.reference)).toEqual(["A2"]);
  });
  it("puts the 5th working day after a start on the Friday before Koningsdag 2026 on 4 May", () => {
    // Start Fri 24 April; Mon 27 is Koningsdag; 28, 29, 30 April and 1 May are days 1–4, Mon 4 May is day 5;
    // 5 May is a holiday.
    expect(dayToIso(messageDeadline(d("2026-04-24")))).toBe("2026-05-04");
    expect(dayToIso(addWorkingDays(d("2026-04-24"), 6))).toBe("2026-05-06");
  });
  it("skips Christmas and New Year", () => {
    expect(dayToIso(addWorkingDays(d("2025-12-24"), 4))).toBe("2026-01-02");
  });
});

describe("computations with their counts", () => {
  const care = (n: number): CareStartRow[] =>
    Array.from({ length: n }, (_, i) => ({
      reference: `R${i}`,
      product: "WMO-BI",
      allocationStart: d("2025-02-03"),
      actualStart: d(i % 4 === 0 ? "2025-03-20" : "2025-02-10"),
      messageSent: d("2025-02-11"),
    }));
  it("applies the 10-client rule to the clients in the data: 9 not measured, 10 measured", () => {
    expect(computeCareStart(care(9)).measured).toBe(false);
    expect(computeCareStart(care(10)).measured).toBe(true);
    // Two allocations of one client are one client.
    const twice = care(10).map((r, i) => ({ ...r, reference: `R${i % 9}`, product: i === 9 ? "WMO-BG" : r.product }));
    expect(computeCareStart(twice).clients).toBe(9);
    expect(computeCareStart(twice).measured).toBe(false);
  });
  it("gives the percentage in time next to its counts", () => {
    const c = computeCareStart(care(10));
    expect(c).toMatchObject({ allocations: 10, startedInTime: 7, percentage: 70, clients: 10 });
    // A 305 sent before its start is refused in the import; here: 20 March start, sent 11 February is never late.
    expect(c.lateMessages).toBe(0);
  });
  it("counts results achieved and the reasons of the misses", () => {
    const r = computeResults([
      { reference: "a", product: "P", achieved: true, reason: null },
      { reference: "b", product: "P", achieved: false, reason: "client" },
      { reference: "c", product: "P", achieved: false, reason: "provider" },
    ]);
    expect(r).toMatchObject({ evaluations: 3, achieved: 1, percentage: 33.33, clients: 3, measured: false });
    expect(r.misses).toEqual({ client: 1, provider: 1, local_team: 0 });
  });
});

describe("date cells", () => {
  it("reads dd-mm-jjjj, jjjj-mm-dd and Excel serial numbers", () => {
    expect(parseDateCell("03-02-2025")).toBe(dayNumber(2025, 2, 3));
    expect(parseDateCell("3-2-2025")).toBe(dayNumber(2025, 2, 3));
    expect(parseDateCell("03/02/2025")).toBe(dayNumber(2025, 2, 3));
    expect(parseDateCell("2025-02-03")).toBe(dayNumber(2025, 2, 3));
    expect(parseDateCell("45691")).toBe(dayNumber(2025, 2, 3));
    expect(parseDateCell("45351")).toBe(dayNumber(2024, 2, 29));
    expect(parseDateCell("29-02-2024")).toBe(dayNumber(2024, 2, 29));
  });
  it("refuses impossible days and other formats", () => {
    for (const bad of ["29-02-2025", "31-04-2025", "2025-13-01", "02/03/25", "3 februari 2025", "123", "", "12345"])
      expect(parseDateCell(bad), bad).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { contractEndDate, canExtend, contractStatus } from "@/lib/contract/terms";
import { establishedBy, isEstablished, isFutureYear, measurementPeriod } from "@/lib/kpi/measurement-year";
import { isOverdue, nextDueDate, sampleCheckProposesEscalation } from "@/lib/performance/due-dates";

describe("measurement year", () => {
  it("runs 1 January to 31 December in Dutch time", () => {
    const { start, end } = measurementPeriod(2026);
    expect(start.toISOString()).toBe("2025-12-31T23:00:00.000Z");
    expect(end.toISOString()).toBe("2026-12-31T22:59:59.999Z");
  });
  it("is established by 1 April of the next year", () => {
    expect(establishedBy(2026).toISOString()).toBe("2027-03-31T22:00:00.000Z");
    expect(isEstablished(2026, new Date("2027-03-31T21:59:59Z"))).toBe(false);
    expect(isEstablished(2026, new Date("2027-03-31T22:00:00Z"))).toBe(true);
  });
  it("refuses a year in the future, Dutch New Year included", () => {
    expect(isFutureYear(2027, new Date("2026-12-31T22:59:00Z"))).toBe(true);
    expect(isFutureYear(2027, new Date("2026-12-31T23:00:00Z"))).toBe(false);
    expect(isFutureYear(2026, new Date("2026-06-01T00:00:00Z"))).toBe(false);
  });
});

describe("performance agreement due dates", () => {
  it("falls every year or every two years after the first due date", () => {
    expect(nextDueDate({ frequency: "yearly", firstDueOn: "2027-03-01" }, 0)).toBe("2027-03-01");
    expect(nextDueDate({ frequency: "yearly", firstDueOn: "2027-03-01" }, 2)).toBe("2029-03-01");
    expect(nextDueDate({ frequency: "biennial", firstDueOn: "2027-06-30" }, 1)).toBe("2029-06-30");
    expect(nextDueDate({ frequency: "yearly", firstDueOn: "2028-02-29" }, 1)).toBe("2029-02-28");
  });
  it("has no date on request until a request sets one", () => {
    expect(nextDueDate({ frequency: "on_request", firstDueOn: null }, 0)).toBeNull();
    expect(nextDueDate({ frequency: "on_request", firstDueOn: null, requestedDueOn: "2027-05-01" }, 0)).toBe(
      "2027-05-01",
    );
  });
  it("is overdue from the day after the due date", () => {
    expect(isOverdue("2027-03-01", "2027-03-01")).toBe(false);
    expect(isOverdue("2027-03-01", "2027-03-02")).toBe(true);
    expect(isOverdue(null, "2030-01-01")).toBe(false);
  });
  it("proposes step 1 when more than 10% of the files drawn miss their goals", () => {
    expect(sampleCheckProposesEscalation(20, 2)).toBe(false);
    expect(sampleCheckProposesEscalation(20, 3)).toBe(true);
    expect(sampleCheckProposesEscalation(10, 1)).toBe(false);
    expect(sampleCheckProposesEscalation(9, 1)).toBe(true);
    expect(() => sampleCheckProposesEscalation(5, 6)).toThrow(RangeError);
    expect(() => sampleCheckProposesEscalation(0, 0)).toThrow(RangeError);
  });
});

describe("contract terms", () => {
  it("runs two years, plus two per extension", () => {
    expect(contractEndDate("2027-01-01", 0)).toBe("2028-12-31");
    expect(contractEndDate("2027-01-01", 1)).toBe("2030-12-31");
    expect(contractEndDate("2027-01-01", 2)).toBe("2032-12-31");
  });
  it("allows one extension for 2+2 and two for 2+2+2", () => {
    expect(canExtend("2+2", 0)).toBe(true);
    expect(canExtend("2+2", 1)).toBe(false);
    expect(canExtend("2+2+2", 1)).toBe(true);
    expect(canExtend("2+2+2", 2)).toBe(false);
  });
  it("is in its implementation phase until the start date", () => {
    expect(contractStatus("2027-01-01", "2028-12-31", "2026-12-31")).toBe("implementation");
    expect(contractStatus("2027-01-01", "2028-12-31", "2027-01-01")).toBe("active");
    expect(contractStatus("2027-01-01", "2028-12-31", "2029-01-01")).toBe("ended");
  });
});

describe("open measurement year", () => {
  it("is last year until 1 April, then this year", async () => {
    const { openMeasurementYear } = await import("@/lib/kpi/measurement-year");
    expect(openMeasurementYear(new Date("2027-03-31T21:00:00Z"))).toBe(2026);
    expect(openMeasurementYear(new Date("2027-03-31T22:00:00Z"))).toBe(2027);
  });
});

import { describe, expect, it } from "vitest";
import { effectiveEnd } from "@/db/queries/overlegtafels";
import { amsterdamDay } from "@/lib/time/amsterdam";

describe("the Dutch calendar day of a moment", () => {
  it.each([
    // 00:30 in Amsterdam is still the previous day in UTC, in summer (UTC+2) and in winter (UTC+1).
    ["2026-06-01T22:30:00Z", "2026-06-02"],
    ["2026-06-01T21:59:59Z", "2026-06-01"],
    ["2026-12-31T23:15:00Z", "2027-01-01"],
    ["2026-12-31T22:59:59Z", "2026-12-31"],
    // The night the clocks go back: 02:30 local happens twice, both on the same day.
    ["2026-10-25T00:30:00Z", "2026-10-25"],
    ["2026-10-25T01:30:00Z", "2026-10-25"],
  ])("%s falls on %s", (moment, day) => {
    expect(amsterdamDay(new Date(moment))).toBe(day);
  });
});

describe("the end of an exclusion lifted early", () => {
  it("is the Dutch day of the lifting, also just after midnight", () => {
    const liftedAt = new Date("2026-06-01T22:30:00Z"); // 2 June, 00:30 in Amsterdam
    expect(effectiveEnd({ until: "2026-09-01", liftedAt })).toBe("2026-06-02");
  });

  it("keeps the decided date when that comes first or nothing was lifted", () => {
    expect(effectiveEnd({ until: "2026-06-01", liftedAt: new Date("2026-06-05T10:00:00Z") })).toBe("2026-06-01");
    expect(effectiveEnd({ until: "2026-06-01", liftedAt: null })).toBe("2026-06-01");
  });
});

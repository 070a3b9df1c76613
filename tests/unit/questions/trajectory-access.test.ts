import { describe, expect, it } from "vitest";
import { PHASES } from "@/lib/trajectory/constants";
import { trajectoryPeriodOpen, trajectoryTakesQuestions } from "@/lib/questions/trajectory-access";

describe("questions about a trajectory as a whole: the phase rule", () => {
  it("takes questions in the analysis and choices phases only", () => {
    expect(PHASES.filter(trajectoryTakesQuestions)).toEqual(["analysis", "choices"]);
  });

  const now = new Date("2026-12-01T12:00:00Z");
  it.each([
    ["analysis", null, true],
    ["choices", null, true],
    ["choices", new Date("2026-12-01T12:00:01Z"), true],
    // The officer's earlier end counts from that very moment.
    ["choices", new Date("2026-12-01T12:00:00Z"), false],
    ["analysis", new Date("2026-11-30T12:00:00Z"), false],
    ["strategic_goals", null, false],
    ["execution", null, false],
    ["execution", new Date("2027-01-01T00:00:00Z"), false],
  ] as const)("phase %s with own end %s: open %s", (phase, ownEnd, open) => {
    expect(trajectoryPeriodOpen(phase, ownEnd, now)).toBe(open);
  });
});

import { describe, expect, it } from "vitest";
import { PHASES } from "@/lib/trajectory/constants";
import { MIN_BACK_REASON_LENGTH, nextPhase, planPhaseMove, previousPhases } from "@/lib/trajectory/phase-machine";

const reason = "Analyse moet opnieuw na nieuwe cijfers";

describe("phase order", () => {
  it("walks the four phases in order and stops after execution", () => {
    expect(nextPhase("strategic_goals")).toBe("analysis");
    expect(nextPhase("analysis")).toBe("choices");
    expect(nextPhase("choices")).toBe("execution");
    expect(nextPhase("execution")).toBeNull();
  });

  it("lists the phases before the current one", () => {
    expect(previousPhases("strategic_goals")).toEqual([]);
    expect(previousPhases("execution")).toEqual(["strategic_goals", "analysis", "choices"]);
  });
});

describe("planPhaseMove", () => {
  it.each([
    ["strategic_goals", "analysis"],
    ["analysis", "choices"],
    ["choices", "execution"],
  ] as const)("moves forward from %s to %s without a reason", (from, to) => {
    expect(planPhaseMove({ current: from, expectedFrom: from, to })).toEqual({
      ok: true,
      direction: "forward",
      from,
      to,
    });
  });

  it("refuses to skip a phase going forward", () => {
    expect(planPhaseMove({ current: "strategic_goals", expectedFrom: "strategic_goals", to: "choices" })).toEqual({
      ok: false,
      error: "skips_phase",
    });
    expect(
      planPhaseMove({ current: "strategic_goals", expectedFrom: "strategic_goals", to: "execution", reason }),
    ).toEqual({ ok: false, error: "skips_phase" });
  });

  it("refuses a move to the same phase", () => {
    for (const p of PHASES)
      expect(planPhaseMove({ current: p, expectedFrom: p, to: p, reason })).toEqual({ ok: false, error: "same_phase" });
  });

  it("allows going back to any earlier phase with a reason", () => {
    expect(planPhaseMove({ current: "execution", expectedFrom: "execution", to: "strategic_goals", reason })).toEqual({
      ok: true,
      direction: "back",
      from: "execution",
      to: "strategic_goals",
    });
    expect(
      planPhaseMove({ current: "analysis", expectedFrom: "analysis", to: "strategic_goals", reason }),
    ).toMatchObject({ ok: true, direction: "back" });
  });

  it("requires a reason of at least the minimum length to go back, ignoring surrounding spaces", () => {
    const short = "x".repeat(MIN_BACK_REASON_LENGTH - 1);
    expect(planPhaseMove({ current: "choices", expectedFrom: "choices", to: "analysis" })).toEqual({
      ok: false,
      error: "reason_required",
    });
    expect(
      planPhaseMove({ current: "choices", expectedFrom: "choices", to: "analysis", reason: `   ${short}   ` }),
    ).toEqual({ ok: false, error: "reason_required" });
    expect(
      planPhaseMove({
        current: "choices",
        expectedFrom: "choices",
        to: "analysis",
        reason: "x".repeat(MIN_BACK_REASON_LENGTH),
      }),
    ).toMatchObject({ ok: true });
  });

  it("reports a stale view when the trajectory moved meanwhile", () => {
    expect(planPhaseMove({ current: "analysis", expectedFrom: "strategic_goals", to: "analysis" })).toEqual({
      ok: false,
      error: "stale",
    });
  });
});

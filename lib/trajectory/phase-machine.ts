import { PHASES, type Phase } from "./constants";

export type PhaseMove =
  | { ok: true; direction: "forward" | "back"; from: Phase; to: Phase }
  | { ok: false; error: "same_phase" | "skips_phase" | "reason_required" | "stale" };

export const MIN_BACK_REASON_LENGTH = 10;

export function phaseIndex(phase: Phase): number {
  return PHASES.indexOf(phase);
}

export function nextPhase(phase: Phase): Phase | null {
  return PHASES[phaseIndex(phase) + 1] ?? null;
}

export function previousPhases(phase: Phase): Phase[] {
  return PHASES.slice(0, phaseIndex(phase));
}

/**
 * Decides whether a trajectory may move from its current phase to the requested one.
 * Forward goes one phase at a time, so no dialogue phase is skipped; going back to any
 * earlier phase is allowed (the source explicitly keeps that door open) but needs a reason.
 * `expectedFrom` is the phase the user saw; a mismatch means someone else moved it first.
 */
export function planPhaseMove(input: {
  current: Phase;
  expectedFrom: Phase;
  to: Phase;
  reason?: string | null;
}): PhaseMove {
  const { current, expectedFrom, to } = input;
  if (current !== expectedFrom) return { ok: false, error: "stale" };
  const delta = phaseIndex(to) - phaseIndex(current);
  if (delta === 0) return { ok: false, error: "same_phase" };
  if (delta > 1) return { ok: false, error: "skips_phase" };
  if (delta === 1) return { ok: true, direction: "forward", from: current, to };
  const reason = input.reason?.trim() ?? "";
  if (reason.length < MIN_BACK_REASON_LENGTH) return { ok: false, error: "reason_required" };
  return { ok: true, direction: "back", from: current, to };
}

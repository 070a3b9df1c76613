import { speakingFor, type Actor } from "@/lib/auth/actor";
import type { Phase } from "@/lib/trajectory/constants";

/** The phases in which questions about a trajectory as a whole are asked (issue: analysis and choices). */
export const TRAJECTORY_QUESTION_PHASES: readonly Phase[] = ["analysis", "choices"];

export function trajectoryTakesQuestions(phase: Phase): boolean {
  return TRAJECTORY_QUESTION_PHASES.includes(phase);
}

/**
 * The question period of a trajectory as a whole: open while it is in the analysis or choices phase and,
 * when an officer set an earlier end, before that moment.
 */
export function trajectoryPeriodOpen(phase: Phase, ownEnd: Date | null, now: Date): boolean {
  return trajectoryTakesQuestions(phase) && (ownEnd === null || now < ownEnd);
}

export type TrajectoryAskResource = {
  visibility: "public" | "internal";
  phase: Phase;
  /** `trajectoryPeriodOpen` for the trajectory now. */
  periodOpen: boolean;
};

/**
 * Who may ask about a public trajectory as a whole during its question period: an approved provider
 * member for the organisation, a resident or a council member. Never staff, never an anonymous visitor.
 */
export function mayAskAboutTrajectory(actor: Actor | null, r: TrajectoryAskResource): boolean {
  if (!actor || actor.role === "officer" || actor.role === "admin") return false;
  if (r.visibility !== "public" || !trajectoryTakesQuestions(r.phase) || !r.periodOpen) return false;
  return speakingFor(actor) !== null || actor.role === "resident";
}

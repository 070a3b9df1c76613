import type { ConsultationState } from "./constants";

export type ConsultationClock = { state: ConsultationState; opensAt: Date; closesAt: Date };

/** Moves an officer may make by hand; opening and closing otherwise follow the clock. */
const TRANSITIONS: Record<ConsultationState, ConsultationState[]> = {
  draft: ["published"],
  published: ["open", "closed"],
  open: ["closed"],
  closed: ["feedback_published"],
  feedback_published: [],
};

export function canTransition(from: ConsultationState, to: ConsultationState): boolean {
  return TRANSITIONS[from].includes(to);
}

/**
 * The state as participants experience it now: a published consultation opens at its opening
 * moment and closes at its closing moment without anyone having to press a button.
 */
export function effectiveState(c: ConsultationClock, now: Date): ConsultationState {
  if (c.state === "draft" || c.state === "feedback_published" || c.state === "closed") return c.state;
  if (now >= c.closesAt) return "closed";
  if (c.state === "open" || now >= c.opensAt) return "open";
  return "published";
}

/** Responses can be submitted and changed only while the consultation is open. */
export function acceptsResponses(c: ConsultationClock, now: Date): boolean {
  return effectiveState(c, now) === "open";
}

/** The closing moment must lie after the opening moment. */
export function validWindow(opensAt: Date, closesAt: Date): boolean {
  return closesAt.getTime() > opensAt.getTime();
}

import { speakingFor, type Actor } from "@/lib/auth/actor";
import type { Audience, ConsultationState, Interaction, Openness } from "./constants";

export type ConsultationAccessInput = {
  openness: Openness;
  interaction: Interaction;
  audience: Audience;
  /** The effective state (see effectiveState). */
  state: ConsultationState;
  /** Whether the actor, or the provider the actor speaks for, was invited. */
  invited: boolean;
};

export type ConsultationAccess = {
  /** Whether the consultation exists for this actor at all; false means 404 everywhere. */
  see: boolean;
  respond: boolean;
  /** Read other participants' non-confidential answers (interactive mode, after own submission). */
  readOthers: boolean;
  comment: boolean;
  manage: boolean;
};

const NONE: ConsultationAccess = { see: false, respond: false, readOthers: false, comment: false, manage: false };

function inAudience(actor: Actor, audience: Audience): "provider" | "resident" | null {
  if (speakingFor(actor) && audience !== "residents") return "provider";
  if (actor.role === "resident" && audience !== "providers") return "resident";
  return null;
}

/**
 * Who may see, answer, read and comment on a consultation. Closed consultations do not exist
 * for anyone who was not invited; drafts exist only for officers; responses are read by officers and,
 * in interactive mode, by participants who answered themselves.
 */
export function consultationAccess(
  actor: Actor | null,
  c: ConsultationAccessInput,
  opts: { hasSubmitted: boolean },
): ConsultationAccess {
  if (actor?.role === "officer") return { see: true, respond: false, readOthers: true, comment: false, manage: true };
  if (c.state === "draft") return NONE;
  if (c.openness === "closed" && !c.invited) return NONE;
  // The administrator manages accounts, not the dialogue: it sees what an anonymous visitor sees.
  if (!actor || actor.role === "admin") return { ...NONE, see: c.openness === "open" };
  const as = inAudience(actor, c.audience);
  const isOpen = c.state === "open";
  const participant = as !== null && (c.openness === "open" || c.invited);
  return {
    see: true,
    // Providers answer on behalf of their organisation; a council gives its formal advice (zienswijze).
    respond: participant && isOpen && (as === "provider" || (as === "resident" && actor.councilId !== null)),
    readOthers: participant && c.interaction === "interactive" && opts.hasSubmitted,
    // Residents and councils discuss; in interactive mode providers react once they have submitted.
    comment: participant && isOpen && (as === "resident" || (c.interaction === "interactive" && opts.hasSubmitted)),
    manage: false,
  };
}

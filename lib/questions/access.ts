import { speakingFor, type Actor } from "@/lib/auth/actor";
import type { ConsultationAccessInput } from "@/lib/consultation/access";

export type AskResource = ConsultationAccessInput & {
  /** The question period has not ended (its own date, or the consultation's closing moment). */
  periodOpen: boolean;
};

/**
 * Who may ask a question: a provider member for the organisation, or a resident or council member
 * where the consultation is for them — while it is open and the question period runs. A closed
 * consultation takes questions only from those invited.
 */
export function mayAsk(actor: Actor | null, r: AskResource): boolean {
  if (!actor || actor.role === "officer" || actor.role === "admin") return false;
  if (r.state !== "open" || !r.periodOpen) return false;
  if (r.openness === "closed" && !r.invited) return false;
  if (speakingFor(actor)) return r.audience !== "residents";
  return actor.role === "resident" && r.audience !== "providers";
}

/** Whether a question is the actor's own to follow: asked by them, or for the organisation they speak for. */
export function ownsQuestion(actor: Actor | null, q: { askedBy: string; providerId: string | null }): boolean {
  if (!actor) return false;
  const providerId = speakingFor(actor);
  if (providerId && q.providerId === providerId) return true;
  return q.askedBy === actor.id;
}

import type { Actor } from "@/lib/auth/actor";
import type { Audience, ConsultationState } from "./constants";

/** Why someone who sees an open consultation's questions cannot answer them, so the page can say so. */
export type RespondHint =
  "signIn" | "residentsDiscuss" | "residentsRead" | "forProviders" | "forResidents" | "membershipPending";

/**
 * The reason, in the terms of `consultationAccess`: providers answer for their organisation, councils give formal
 * advice, residents discuss. Null when the actor may answer, when there is nothing to answer (not open) or when the
 * actor is staff.
 */
export function respondHint(
  actor: Actor | null,
  c: { audience: Audience; state: ConsultationState },
  access: { respond: boolean; comment: boolean },
): RespondHint | null {
  if (access.respond || c.state !== "open") return null;
  if (!actor) return "signIn";
  if (actor.role === "provider_member") {
    if (actor.membershipStatus !== "approved") return "membershipPending";
    return c.audience === "residents" ? "forResidents" : null;
  }
  if (actor.role !== "resident") return null;
  if (c.audience === "providers") return "forProviders";
  return access.comment ? "residentsDiscuss" : "residentsRead";
}

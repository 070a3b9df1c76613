import type { Role } from "./roles";

/** The signed-in person as the policy sees them. `null` stands for an anonymous visitor. */
export type Actor = {
  id: string;
  name: string;
  email: string;
  role: Role;
  providerId: string | null;
  membershipStatus: "pending" | "approved" | "rejected" | null;
  councilId: string | null;
};

export function actorLabel(actor: Actor | null): string {
  return actor ? `${actor.name} <${actor.email}>` : "anoniem";
}

/** The provider this actor may speak for: only an approved provider member has one. */
export function speakingFor(actor: Actor | null): string | null {
  return actor?.role === "provider_member" && actor.membershipStatus === "approved" ? actor.providerId : null;
}

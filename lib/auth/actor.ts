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

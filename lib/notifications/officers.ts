import { and, eq, inArray, ne } from "drizzle-orm";
import { consultations, contracts, escalations, trajectories, users } from "@/db/schema";
import type { Executor } from "@/db/connection";

async function activeOfficers(tx: Executor, ids: (string | null | undefined)[]): Promise<string[]> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return [];
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, wanted), eq(users.role, "officer"), eq(users.disabled, false)));
  return rows.map((r) => r.id);
}

/** The officers who answer for a consultation: whoever made it and whoever runs its trajectory. */
export async function consultationOfficers(tx: Executor, consultationId: string): Promise<string[]> {
  const [row] = await tx
    .select({ madeBy: consultations.createdBy, runBy: trajectories.createdBy })
    .from(consultations)
    .innerJoin(trajectories, eq(trajectories.id, consultations.trajectoryId))
    .where(eq(consultations.id, consultationId));
  return activeOfficers(tx, [row?.madeBy, row?.runBy]);
}

/** The officers who answer for an escalation: whoever opened it and whoever made the contract. */
export async function escalationOfficers(tx: Executor, escalationId: string): Promise<string[]> {
  const [row] = await tx
    .select({ openedBy: escalations.openedBy, madeBy: contracts.createdBy })
    .from(escalations)
    .innerJoin(contracts, eq(contracts.id, escalations.contractId))
    .where(eq(escalations.id, escalationId));
  return activeOfficers(tx, [row?.openedBy, row?.madeBy]);
}

/** Every active officer but one: the colleagues asked to review what that one submitted (four eyes). */
export async function otherActiveOfficers(tx: Executor, actorId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "officer"), ne(users.id, actorId), eq(users.disabled, false)));
  return rows.map((r) => r.id);
}

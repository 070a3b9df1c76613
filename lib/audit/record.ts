import { auditLog } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { actorLabel, type Actor } from "@/lib/auth/actor";

export type AuditEntry = {
  action: string;
  objectType: string;
  objectId?: string | null;
  trajectoryId?: string | null;
  result?: "success" | "denied" | "failure";
  details?: Record<string, unknown>;
};

/**
 * Context every write receives: where to write, who acts, and where the request came from. `at` is left out by
 * requests (the database clock stamps the entry); only replaying past events, as the demo data does, sets it.
 */
export type WriteContext = { db: Executor; actor: Actor | null; origin: string; at?: Date };

/** Appends one audit entry; call it inside the transaction of the change it describes. */
export async function recordAudit(ctx: WriteContext, entry: AuditEntry): Promise<void> {
  await ctx.db.insert(auditLog).values({
    ...(ctx.at ? { at: ctx.at } : {}),
    actorId: ctx.actor?.id ?? null,
    actorLabel: actorLabel(ctx.actor),
    action: entry.action,
    objectType: entry.objectType,
    objectId: entry.objectId ?? null,
    trajectoryId: entry.trajectoryId ?? null,
    result: entry.result ?? "success",
    origin: ctx.origin,
    details: entry.details ?? null,
  });
}

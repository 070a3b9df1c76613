import { lt } from "drizzle-orm";
import { scheduledEffects, scheduledJobRuns, userSessions } from "@/db/schema";
import type { Executor } from "@/db/connection";
import type { JobContext } from "./context";
import { purgeStaleHeartbeats } from "./heartbeat";

export const PURGE_JOB = "purge-expired";
const DAY_MS = 24 * 60 * 60_000;
/** How long run records and effect guards are kept (also stated in the privacy statement). */
export const JOB_RUN_RETENTION_DAYS = 30;
export const JOB_EFFECT_RETENTION_DAYS = 90;

/** Server-side sessions past their expiry; they are refused on read already, this removes them. */
export async function purgeExpiredSessionRows(db: Executor, now: Date): Promise<number> {
  const rows = await db.delete(userSessions).where(lt(userSessions.expiresAt, now)).returning({ id: userSessions.id });
  return rows.length;
}

/**
 * The purges the job runs, one entry each, so that a purge of another kind (tokens, say) is added
 * here as one line, and the session purge can be pointed at the auth module's own function.
 */
export const PURGES: Record<string, (db: Executor, now: Date) => Promise<number>> = {
  sessions: purgeExpiredSessionRows,
  workerHeartbeats: purgeStaleHeartbeats,
  jobRuns: async (db, now) =>
    (
      await db
        .delete(scheduledJobRuns)
        .where(lt(scheduledJobRuns.startedAt, new Date(now.getTime() - JOB_RUN_RETENTION_DAYS * DAY_MS)))
        .returning({ id: scheduledJobRuns.id })
    ).length,
  // Effects guard notices that look back at most a week; after 90 days they guard nothing.
  jobEffects: async (db, now) =>
    (
      await db
        .delete(scheduledEffects)
        .where(lt(scheduledEffects.doneAt, new Date(now.getTime() - JOB_EFFECT_RETENTION_DAYS * DAY_MS)))
        .returning({ effect: scheduledEffects.effect })
    ).length,
};

export async function purgeExpired(ctx: JobContext): Promise<Record<string, number>> {
  const removed: Record<string, number> = {};
  for (const [name, purge] of Object.entries(PURGES)) removed[name] = await purge(ctx.db, ctx.now);
  return removed;
}

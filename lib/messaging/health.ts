import { inArray, sql } from "drizzle-orm";
import { outbox } from "@/db/schema";
import type { Executor } from "@/db/connection";

export type MailHealth = {
  /** Messages waiting for a first or next attempt, or being sent. */
  waiting: number;
  /** Waiting messages whose time came more than `lateMs` ago: delivery is not keeping up, or not running. */
  late: number;
  /** Waiting messages whose last attempt failed (a mail server that refuses or hangs). */
  retrying: number;
  /** Messages that failed every attempt and wait for the administrator. */
  dead: number;
};

/**
 * How mail delivery is doing, for readiness and monitoring: counts only, nothing about recipients or
 * contents (the errors themselves are on the admin page). One query on the outbox's status index.
 */
export async function mailHealth(db: Executor, now = new Date(), lateMs = 10 * 60_000): Promise<MailHealth> {
  // As text: postgres-js does not serialise a Date bound inside a raw fragment.
  const lateBefore = new Date(now.getTime() - lateMs).toISOString();
  const pending = sql`${outbox.status} = 'pending'`;
  const overdue = sql`${outbox.nextAttemptAt} < ${lateBefore}::timestamptz`;
  const [row] = await db
    .select({
      waiting: sql<number>`count(*) filter (where ${outbox.status} in ('pending', 'sending'))::int`,
      late: sql<number>`count(*) filter (where ${pending} and ${overdue})::int`,
      retrying: sql<number>`count(*) filter (where ${pending} and ${outbox.lastError} is not null)::int`,
      dead: sql<number>`count(*) filter (where ${outbox.status} = 'dead')::int`,
    })
    .from(outbox)
    .where(inArray(outbox.status, ["pending", "sending", "dead"]));
  return { waiting: row?.waiting ?? 0, late: row?.late ?? 0, retrying: row?.retrying ?? 0, dead: row?.dead ?? 0 };
}

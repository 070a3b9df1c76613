import { and, count, desc, eq, isNull } from "drizzle-orm";
import { notifications, outbox } from "@/db/schema";
import type { Executor } from "@/db/connection";

export const listOutbox = (db: Executor, limit = 200) =>
  db.select().from(outbox).orderBy(desc(outbox.createdAt)).limit(limit);

/** Dead-lettered messages, newest first: the administrator's list to retry. */
export const listDeadOutbox = (db: Executor, limit = 200) =>
  db.select().from(outbox).where(eq(outbox.status, "dead")).orderBy(desc(outbox.deadAt)).limit(limit);

export const listNotifications = (db: Executor, userId: string, limit = 100) =>
  db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt))
    .limit(limit);

export async function countUnread(db: Executor, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

export const markAllRead = (db: Executor, userId: string) =>
  db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));

import { and, count, eq, isNull, sql, type SQL } from "drizzle-orm";
import { notifications, outbox } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { keyColumns, keysetPage, type SortKey } from "@/lib/paging/keyset";
import type { PageRequest } from "@/lib/paging/request";

export const OUTBOX_KEYS: SortKey[] = [
  { column: outbox.createdAt, kind: "timestamp", direction: "desc" },
  { column: outbox.id, kind: "uuid", direction: "desc" },
];

export const DEAD_OUTBOX_KEYS: SortKey[] = [
  { column: sql`coalesce(${outbox.deadAt}, ${outbox.createdAt})`, kind: "timestamp", direction: "desc" },
  { column: outbox.id, kind: "uuid", direction: "desc" },
];

function pageOutbox(db: Executor, keys: SortKey[], filter: SQL | undefined, request: PageRequest, size: number) {
  return keysetPage(keys, request, size, {
    rows: (w) =>
      db
        .select({ message: outbox, ...keyColumns(keys), ...w.total })
        .from(outbox)
        .where(and(filter, w.where))
        .orderBy(...w.orderBy)
        .limit(w.limit)
        .offset(w.offset),
    count: () => db.select({ n: count() }).from(outbox).where(filter),
  });
}

/** Every message, newest first, one page at a time. */
export const listOutbox = (db: Executor, request: PageRequest, size: number) =>
  pageOutbox(db, OUTBOX_KEYS, undefined, request, size);

/** Dead-lettered messages, newest first: the administrator's list to retry. */
export const listDeadOutbox = (db: Executor, request: PageRequest, size: number) =>
  pageOutbox(db, DEAD_OUTBOX_KEYS, eq(outbox.status, "dead"), request, size);

export const NOTIFICATION_KEYS: SortKey[] = [
  { column: notifications.createdAt, kind: "timestamp", direction: "desc" },
  { column: notifications.id, kind: "uuid", direction: "desc" },
];

/** A person's notifications, newest first, one page at a time. */
export const listNotifications = (db: Executor, userId: string, request: PageRequest, size: number) =>
  keysetPage(NOTIFICATION_KEYS, request, size, {
    rows: (w) =>
      db
        .select({ notification: notifications, ...keyColumns(NOTIFICATION_KEYS), ...w.total })
        .from(notifications)
        .where(and(eq(notifications.userId, userId), w.where))
        .orderBy(...w.orderBy)
        .limit(w.limit)
        .offset(w.offset),
    count: () => db.select({ n: count() }).from(notifications).where(eq(notifications.userId, userId)),
  });

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

import { and, asc, desc, eq, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import { auditLog } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { SECURITY_CATEGORIES, SECURITY_OBJECT_TYPES } from "@/lib/audit/codes";
import { isUuid, type AuditCursor, type AuditFilter } from "@/lib/audit/filter";

export type AuditRow = typeof auditLog.$inferSelect;
export type AuditScope = "all" | "security";

const ZONE = "Europe/Amsterdam";
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The filter as SQL; each part is served by an index of `audit_log` that ends in (at, id). */
export function auditConditions(filter: AuditFilter, scope: AuditScope): SQL[] {
  const c: SQL[] = [];
  if (filter.actor)
    c.push(
      isUuid(filter.actor)
        ? eq(auditLog.actorId, filter.actor)
        : ilike(auditLog.actorLabel, `%${escapeLike(filter.actor)}%`),
    );
  if (filter.action) c.push(eq(auditLog.action, filter.action));
  // A range rather than LIKE, so the (action, at, id) index serves it under any collation.
  if (filter.category)
    c.push(sql`${auditLog.action} >= ${`${filter.category}.`} and ${auditLog.action} < ${`${filter.category}/`}`);
  if (filter.objectType) c.push(eq(auditLog.objectType, filter.objectType));
  if (filter.objectId) c.push(eq(auditLog.objectId, filter.objectId));
  // The literal `<> 'success'` lets a prepared statement's kept plan use the partial index of the rare results;
  // a parameter alone cannot prove the row is in it.
  if (filter.result === "success") c.push(eq(auditLog.result, filter.result));
  else if (filter.result) c.push(sql`${auditLog.result} <> 'success' and ${auditLog.result} = ${filter.result}`);
  if (filter.trajectoryId) c.push(eq(auditLog.trajectoryId, filter.trajectoryId));
  // Calendar days in Amsterdam time: from its midnight up to the midnight after `to`.
  if (filter.from) c.push(sql`${auditLog.at} >= (${filter.from}::date::timestamp at time zone ${ZONE})`);
  if (filter.to) c.push(sql`${auditLog.at} < ((${filter.to}::date + 1)::timestamp at time zone ${ZONE})`);
  if (scope === "security") {
    const categories = sql.join(
      SECURITY_CATEGORIES.map((k) => sql`${k}`),
      sql`, `,
    );
    c.push(
      or(
        sql`split_part(${auditLog.action}, '.', 1) in (${categories})`,
        inArray(auditLog.objectType, [...SECURITY_OBJECT_TYPES]),
      ) as SQL,
    );
  }
  return c;
}

export const auditEntryExists = async (db: Executor, id: number) =>
  (await db.select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.id, id)).limit(1)).length > 0;

/**
 * One page of the trail in a stable order (time, then id, newest first), continued by keyset from the
 * entry a cursor names: its exact time is read from the row, so microseconds never round away.
 */
export async function listAuditPage(
  db: Executor,
  filter: AuditFilter,
  scope: AuditScope,
  cursor: AuditCursor | null,
  limit: number,
): Promise<AuditRow[]> {
  const c = auditConditions(filter, scope);
  const newer = cursor?.direction === "newer";
  if (cursor) {
    const at = sql`(select a.at from audit_log a where a.id = ${cursor.id})`;
    c.push(
      newer
        ? sql`(${auditLog.at}, ${auditLog.id}) > (${at}, ${cursor.id})`
        : sql`(${auditLog.at}, ${auditLog.id}) < (${at}, ${cursor.id})`,
    );
  }
  const order = newer ? [asc(auditLog.at), asc(auditLog.id)] : [desc(auditLog.at), desc(auditLog.id)];
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(...c))
    .orderBy(...order)
    .limit(limit);
  return newer ? rows.reverse() : rows;
}

/** A trajectory's whole trail at once, for checks on a small one; pages read `listAuditPage`. */
export const listAuditForTrajectory = (db: Executor, trajectoryId: string) =>
  db.select().from(auditLog).where(eq(auditLog.trajectoryId, trajectoryId)).orderBy(desc(auditLog.id));

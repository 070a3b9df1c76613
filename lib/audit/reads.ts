import { auditEntryExists, listAuditPage, type AuditRow, type AuditScope } from "@/db/queries/audit";
import type { Executor } from "@/db/connection";
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError } from "@/lib/errors";
import { t } from "@/lib/i18n";
import { can } from "@/lib/policy";
import type { AuditCursor, AuditFilter } from "./filter";

export const AUDIT_PAGE_SIZE = 50;

export type AuditPage =
  | { ok: true; entries: AuditRow[]; older: AuditCursor | null; newer: AuditCursor | null; scope: AuditScope }
  | { ok: false; errors: string[] };

/** The widest part of the trail this actor may read, or null: officers all of it, administrators security. */
export function auditScopeFor(actor: Actor | null): AuditScope | null {
  if (can(actor, "audit.view", { scope: "all" })) return "all";
  if (can(actor, "audit.view", { scope: "security" })) return "security";
  return null;
}

/**
 * One page of the audit trail for the actor, narrowed by the filter and continued from a cursor. A cursor
 * naming no entry (a link from another database, or typed by hand) is a Dutch message, not an empty page.
 */
export async function loadAuditPage(
  db: Executor,
  actor: Actor | null,
  filter: AuditFilter,
  cursor: AuditCursor | null,
  pageSize = AUDIT_PAGE_SIZE,
): Promise<AuditPage> {
  const scope = filter.trajectoryId && can(actor, "trajectory.view_audit") ? "all" : auditScopeFor(actor);
  if (!scope) throw new ForbiddenError();
  if (cursor && !(await auditEntryExists(db, cursor.id))) return { ok: false, errors: [t("auditView.error.cursor")] };
  const rows = await listAuditPage(db, filter, scope, cursor, pageSize + 1);
  const more = rows.length > pageSize;
  const entries = cursor?.direction === "newer" ? rows.slice(more ? 1 : 0) : rows.slice(0, pageSize);
  const firstEntry = entries[0];
  const lastEntry = entries[entries.length - 1];
  // Coming back from older pages there are always newer ones; going forward, older ones when the page overflowed.
  const hasNewer = cursor?.direction === "newer" ? more : cursor !== null;
  const hasOlder = cursor?.direction === "newer" ? true : more;
  return {
    ok: true,
    entries,
    scope,
    newer: hasNewer && firstEntry ? { direction: "newer", id: firstEntry.id } : null,
    older: hasOlder && lastEntry ? { direction: "older", id: lastEntry.id } : null,
  };
}

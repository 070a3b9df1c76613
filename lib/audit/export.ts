import { listAuditPage, type AuditRow } from "@/db/queries/audit";
import { toCsv } from "@/lib/export/spreadsheet";
import { formatDateTime, t } from "@/lib/i18n";
import { ForbiddenError } from "@/lib/errors";
import { can } from "@/lib/policy";
import { describeAuditAction, describeAuditDetails, describeAuditObject } from "./describe";
import { filterSearch, type AuditCursor, type AuditFilter } from "./filter";
import { recordAudit, type WriteContext } from "./record";
import { auditScopeFor } from "./reads";

/** Rows per query: a million-row export never holds more than this in memory, nor a connection between batches. */
export const EXPORT_BATCH = 1000;

const header = () => [
  t("auditView.csvId"),
  t("auditView.csvAt"),
  t("audit.actor"),
  t("audit.action"),
  t("audit.object"),
  t("audit.result"),
  t("audit.origin"),
  t("audit.details"),
];

/** One entry as text cells, the action code beside its description so the file can be filtered on either. */
export const exportRow = (e: AuditRow) => [
  String(e.id),
  formatDateTime(e.at),
  e.actorLabel,
  `${describeAuditAction(e.action)} (${e.action})`,
  describeAuditObject(e.objectType, e.objectId),
  t(`audit.result_${e.result}`),
  e.origin,
  describeAuditDetails(e.action, e.details),
];

/**
 * The filtered trail as CSV (through the shared writer, which neutralises formulas: labels and details hold text
 * people typed), streamed batch by batch in the view's order. The export is audited before its first byte.
 */
export async function exportAuditCsv(ctx: WriteContext, filter: AuditFilter): Promise<ReadableStream<Uint8Array>> {
  const scope = filter.trajectoryId && can(ctx.actor, "trajectory.view_audit") ? "all" : auditScopeFor(ctx.actor);
  if (!scope || !can(ctx.actor, "audit.export", { scope })) throw new ForbiddenError("audit.export");
  await recordAudit(ctx, {
    action: "audit.export",
    objectType: "audit_log",
    trajectoryId: filter.trajectoryId,
    details: { format: "csv", filter: filterSearch(filter) || null, scope },
  });
  const encoder = new TextEncoder();
  let cursor: AuditCursor | null = null;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const rows = await listAuditPage(ctx.db, filter, scope, cursor, EXPORT_BATCH);
      const table = [...(started ? [] : [header()]), ...rows.map(exportRow)];
      // toCsv starts every piece with a byte-order mark; the file needs only the first.
      if (table.length) controller.enqueue(encoder.encode(started ? toCsv(table).slice(1) : toCsv(table)));
      started = true;
      const last = rows[rows.length - 1];
      if (rows.length < EXPORT_BATCH || !last) controller.close();
      else cursor = { direction: "older", id: last.id };
    },
  });
}

import type { AuditEntry } from "@/lib/audit/types";
import { describeAuditAction, describeAuditDetails, describeAuditObject } from "@/lib/audit/describe";
import { html, innerHtml } from "@/lib/html/markup";
import { formatDateTime, t } from "@/lib/i18n";

/** The rows as one piece of escaped markup: a page holds 50 entries of seven cells (see lib/html/markup.ts). */
function auditRows(entries: readonly AuditEntry[]) {
  return html`${entries.map(
    (e) =>
      html`<tr>
        <td><time datetime="${e.at.toISOString()}">${formatDateTime(e.at)}</time></td>
        <td>${e.actorLabel}</td>
        <td>${describeAuditAction(e.action)}</td>
        <td>${describeAuditObject(e.objectType, e.objectId)}</td>
        <td>${describeAuditDetails(e.action, e.details)}</td>
        <td>${t(`audit.result_${e.result}`)}</td>
        <td>${e.origin}</td>
      </tr>`,
  )}`;
}

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  if (entries.length === 0) return <p className="utrecht-paragraph">{t("audit.empty")}</p>;
  return (
    <div className="utrecht-table-container" style={{ overflowX: "auto" }}>
      <table className="inkoop-table" data-testid="audit-table">
        <thead>
          <tr>
            <th scope="col">{t("audit.at")}</th>
            <th scope="col">{t("audit.actor")}</th>
            <th scope="col">{t("audit.action")}</th>
            <th scope="col">{t("audit.object")}</th>
            <th scope="col">{t("audit.details")}</th>
            <th scope="col">{t("audit.result")}</th>
            <th scope="col">{t("audit.origin")}</th>
          </tr>
        </thead>
        <tbody dangerouslySetInnerHTML={innerHtml(auditRows(entries))} />
      </table>
    </div>
  );
}

import type { AuditEntry } from "@/lib/audit/types";
import { formatDateTime, t } from "@/lib/i18n";
import { describeAuditAction, describeAuditDetails, describeAuditObject } from "@/lib/audit/describe";

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
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>
                <time dateTime={e.at.toISOString()}>{formatDateTime(e.at)}</time>
              </td>
              <td>{e.actorLabel}</td>
              <td>{describeAuditAction(e.action)}</td>
              <td>{describeAuditObject(e.objectType, e.objectId)}</td>
              <td>{describeAuditDetails(e.action, e.details)}</td>
              <td>{t(`audit.result_${e.result}`)}</td>
              <td>{e.origin}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

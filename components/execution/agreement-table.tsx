import type { AgreementRow } from "@/lib/contract/reads";
import { formatDate, t } from "@/lib/i18n";
import { isOverdue, nextDueDate } from "@/lib/performance/due-dates";
import { TableHead } from "@/components/ui/table-head";

/** Performance agreements with frequency, the next due date and an overdue flag; `action` adds a form per row. */
export function AgreementTable({
  agreements,
  today,
  action,
}: {
  agreements: AgreementRow[];
  today: string;
  action?: (a: AgreementRow, due: string | null) => React.ReactNode;
}) {
  return (
    <div className="utrecht-table-container" style={{ overflowX: "auto" }}>
      <table className="utrecht-table inkoop-table">
        <caption className="utrecht-table__caption">{t("agreement.caption")}</caption>
        <TableHead
          columns={[
            t("agreement.title"),
            t("agreement.frequency"),
            t("agreement.nextDue"),
            t("agreement.delivered"),
            t("agreement.actions"),
          ]}
        />
        <tbody className="utrecht-table__body">
          {agreements.map((a) => {
            const due = nextDueDate(a, a.deliveries.length);
            const overdue = isOverdue(due, today);
            return (
              <tr key={a.id} className="utrecht-table__row" data-testid="agreement">
                <th className="utrecht-table__header-cell" scope="row">
                  {a.title}
                </th>
                <td className="utrecht-table__cell">{t(`agreement.frequency_${a.frequency}`)}</td>
                <td className="utrecht-table__cell">
                  {due ? formatDate(due) : t("agreement.noDue")}
                  {overdue ? <strong className="inkoop-below-norm"> — {t("agreement.overdue")}</strong> : null}
                </td>
                <td className="utrecht-table__cell">
                  {a.deliveries.length
                    ? a.deliveries.map((d) => (
                        <a key={d.id} className="utrecht-link" href={`/contractdocumenten/${d.documentId}`}>
                          {formatDate(d.deliveredAt)}{" "}
                        </a>
                      ))
                    : t("agreement.none")}
                </td>
                <td className="utrecht-table__cell">{action ? action(a, due) : null}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

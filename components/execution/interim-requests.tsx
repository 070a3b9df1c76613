import type { AgreementRow } from "@/lib/contract/reads";
import { formatDate, t } from "@/lib/i18n";

type Request = AgreementRow["interimRequests"][number];

/**
 * The interim reports the municipality asked for, newest first: when, by when, why, and whether the
 * provider delivered (with the report). `action` renders a form next to an open request.
 */
export function InterimRequests({
  agreements,
  action,
}: {
  agreements: AgreementRow[];
  action?: (agreement: AgreementRow, request: Request) => React.ReactNode;
}) {
  const rows = agreements.flatMap((a) => a.interimRequests.map((r) => ({ a, r })));
  if (rows.length === 0) return <p className="utrecht-paragraph">{t("agreement.interimNone")}</p>;
  return (
    <ul className="utrecht-unordered-list">
      {rows.map(({ a, r }) => (
        <li key={r.id} className="utrecht-unordered-list__item" data-testid="interim-request">
          <strong>{a.title}</strong>:{" "}
          {t("agreement.interimOpen", {
            requested: formatDate(r.requestedAt),
            due: formatDate(r.dueOn),
            reason: r.reason,
          })}{" "}
          —{" "}
          {r.delivery ? (
            <a className="utrecht-link" href={`/contractdocumenten/${r.delivery.documentId}`}>
              {t("agreement.interimDelivered", { date: formatDate(r.delivery.deliveredAt) })}
            </a>
          ) : (
            <>
              <strong>{t("agreement.interimAwaited")}</strong>
              {action ? action(a, r) : null}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

import Link from "next/link";
import type { SessionRow } from "@/db/queries/overlegtafels";
import { formatDateTime, t } from "@/lib/i18n";

export function SessionTable({ sessions, hrefFor }: { sessions: SessionRow[]; hrefFor: (id: string) => string }) {
  if (sessions.length === 0) return <p className="utrecht-paragraph">{t("overlegtafel.noSessions")}</p>;
  return (
    <table className="utrecht-table">
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          <th className="utrecht-table__header-cell" scope="col">{t("overlegtafel.session_title")}</th>
          <th className="utrecht-table__header-cell" scope="col">{t("overlegtafel.session_startsAt")}</th>
          <th className="utrecht-table__header-cell" scope="col">{t("overlegtafel.col_status")}</th>
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {sessions.map((s) => (
          <tr key={s.id} className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="row">
              <Link className="utrecht-link" href={hrefFor(s.id)}>{s.title} — {formatDateTime(s.startsAt)}</Link>
            </th>
            <td className="utrecht-table__cell">{formatDateTime(s.startsAt)}</td>
            <td className="utrecht-table__cell">{t(`overlegtafel.status_${s.status ?? "none"}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import Link from "next/link";
import type { SessionRow } from "@/lib/overlegtafel/reads";
import { formatDateTime, t } from "@/lib/i18n";
import { TableHead } from "@/components/ui/table-head";

export function SessionTable({ sessions, hrefFor }: { sessions: SessionRow[]; hrefFor: (id: string) => string }) {
  if (sessions.length === 0) return <p className="utrecht-paragraph">{t("overlegtafel.noSessions")}</p>;
  return (
    <table className="utrecht-table">
      <TableHead
        columns={[t("overlegtafel.session_title"), t("overlegtafel.session_startsAt"), t("overlegtafel.col_status")]}
      />
      <tbody className="utrecht-table__body">
        {sessions.map((s) => (
          <tr key={s.id} className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="row">
              <Link className="utrecht-link" href={hrefFor(s.id)}>
                {s.title} — {formatDateTime(s.startsAt)}
              </Link>
            </th>
            <td className="utrecht-table__cell">{formatDateTime(s.startsAt)}</td>
            <td className="utrecht-table__cell">{t(`overlegtafel.status_${s.status ?? "none"}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

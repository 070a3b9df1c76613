import Link from "next/link";
import type { ContractRow } from "@/lib/contract/reads";
import { formatDate, t } from "@/lib/i18n";
import { contractEndDate, contractStatus } from "@/lib/contract/terms";
import { amsterdamDay } from "@/lib/time/amsterdam";
import { TableHead } from "@/components/ui/table-head";

export function ContractTable({
  rows,
  hrefFor,
  now,
  caption,
}: {
  rows: ContractRow[];
  hrefFor: (id: string) => string;
  now: Date;
  caption: string;
}) {
  if (rows.length === 0) return <p className="utrecht-paragraph">{t("contract.none")}</p>;
  return (
    <div className="utrecht-table-container" style={{ overflowX: "auto" }}>
      <table className="utrecht-table inkoop-table">
        <caption className="utrecht-table__caption">{caption}</caption>
        <TableHead
          columns={[
            t("contract.contract"),
            t("contract.provider"),
            t("contract.period"),
            t("contract.status"),
            t("contract.ladder"),
          ]}
        />
        <tbody className="utrecht-table__body">
          {rows.map((c) => {
            const endsOn = contractEndDate(c.startsOn, c.extensionsUsed);
            return (
              <tr key={c.id} className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="row">
                  <Link className="utrecht-link" href={hrefFor(c.id)}>
                    {c.reference} — {c.title}
                  </Link>
                </th>
                <td className="utrecht-table__cell">{c.providerName}</td>
                <td className="utrecht-table__cell">
                  {formatDate(c.startsOn)} – {formatDate(endsOn)}
                </td>
                <td className="utrecht-table__cell">
                  {t(`contract.status_${contractStatus(c.startsOn, endsOn, amsterdamDay(now))}`)}
                </td>
                <td className="utrecht-table__cell">
                  {c.ladderStep ? t(`ladder.step_${c.ladderStep}`) : t("ladder.none")}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

import Link from "next/link";
import { t } from "@/lib/i18n";

type Item = { id: string; title: string; subject: "product" | "products" | "theme"; trajectoryTitle?: string; subregionName: string | null };

export function TableList({ items, hrefFor }: { items: Item[]; hrefFor: (id: string) => string }) {
  if (items.length === 0) return <p className="utrecht-paragraph">{t("overlegtafel.none")}</p>;
  return (
    <table className="utrecht-table">
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          <th className="utrecht-table__header-cell" scope="col">{t("overlegtafel.col_title")}</th>
          <th className="utrecht-table__header-cell" scope="col">{t("overlegtafel.col_subject")}</th>
          <th className="utrecht-table__header-cell" scope="col">{t("overlegtafel.col_scope")}</th>
          {items.some((i) => i.trajectoryTitle) ? <th className="utrecht-table__header-cell" scope="col">{t("overlegtafel.col_trajectory")}</th> : null}
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {items.map((i) => (
          <tr key={i.id} className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="row">
              <Link className="utrecht-link" href={hrefFor(i.id)}>{i.title}</Link>
            </th>
            <td className="utrecht-table__cell">{t(`overlegtafel.subject_${i.subject}`)}</td>
            <td className="utrecht-table__cell">{i.subregionName ?? t("overlegtafel.wholeRegion")}</td>
            {items.some((x) => x.trajectoryTitle) ? <td className="utrecht-table__cell">{i.trajectoryTitle}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

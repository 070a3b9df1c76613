import Link from "next/link";
import { t } from "@/lib/i18n";
import { TableHead } from "@/components/ui/table-head";

type Item = {
  id: string;
  title: string;
  subject: "product" | "products" | "theme";
  trajectoryTitle?: string;
  subregionName: string | null;
};

export function TableList({ items, hrefFor }: { items: Item[]; hrefFor: (id: string) => string }) {
  if (items.length === 0) return <p className="utrecht-paragraph">{t("overlegtafel.none")}</p>;
  return (
    <table className="utrecht-table">
      <TableHead
        columns={[
          t("overlegtafel.col_title"),
          t("overlegtafel.col_subject"),
          t("overlegtafel.col_scope"),
          items.some((i) => i.trajectoryTitle) ? t("overlegtafel.col_trajectory") : null,
        ]}
      />
      <tbody className="utrecht-table__body">
        {items.map((i) => (
          <tr key={i.id} className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="row">
              <Link className="utrecht-link" href={hrefFor(i.id)}>
                {i.title}
              </Link>
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

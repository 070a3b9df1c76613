import Link from "next/link";
import { DataRow } from "@/components/ui/data-row";
import type { TableDetail } from "@/lib/overlegtafel/reads";
import { t } from "@/lib/i18n";

export function TableFacts({ table, trajectoryHref }: { table: TableDetail; trajectoryHref?: string }) {
  return (
    <dl className="utrecht-data-list utrecht-data-list--rows">
      <DataRow label={t("overlegtafel.col_subject")}>{t(`overlegtafel.subject_${table.subject}`)}</DataRow>
      {table.products.length ? (
        <DataRow label={t("overlegtafel.products")}>{table.products.map((p) => p.name).join(", ")}</DataRow>
      ) : null}
      {table.theme ? <DataRow label={t("overlegtafel.theme")}>{table.theme}</DataRow> : null}
      <DataRow label={t("overlegtafel.scope")}>{table.subregionName ?? t("overlegtafel.wholeRegion")}</DataRow>
      {trajectoryHref ? (
        <DataRow label={t("overlegtafel.trajectory")}>
          <Link className="utrecht-link" href={trajectoryHref}>
            {table.trajectoryTitle}
          </Link>
        </DataRow>
      ) : null}
    </dl>
  );
}

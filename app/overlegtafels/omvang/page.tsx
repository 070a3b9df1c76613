import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { contractOf, ownIndicators } from "@/db/queries/size-indicators";
import { DataRow } from "@/components/ui/data-row";
import { FieldsForm } from "@/components/overlegtafel/fields-form";
import { speakingFor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/guard";
import { formatEuro, t } from "@/lib/i18n";
import { submitOwnIndicatorsAction } from "../actions";
import { TableHead } from "@/components/ui/table-head";

export const metadata: Metadata = { title: t("overlegtafel.ownTitle") };

export default async function OwnSizePage() {
  const actor = await requirePermission("/overlegtafels/omvang", "size_indicators.submit_own");
  const db = await getDb();
  const [rows, contract] = await Promise.all([
    ownIndicators(db, speakingFor(actor)!),
    contractOf(db, speakingFor(actor)!),
  ]);
  const show = (n: number | null, euro = false) =>
    n === null ? t("overlegtafel.unknown") : euro ? formatEuro(n) : n.toLocaleString("nl-NL");
  return (
    <div className="inkoop-stack">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href="/overlegtafels">
          {t("overlegtafel.backToList")}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{t("overlegtafel.ownTitle")}</h1>
      <p className="utrecht-paragraph">{t("overlegtafel.ownIntro")}</p>
      <dl className="utrecht-data-list utrecht-data-list--rows">
        <DataRow label={t("overlegtafel.contractedProducts")}>{contract.products.join(", ") || "—"}</DataRow>
        <DataRow label={t("overlegtafel.contractedSubregions")}>{contract.subregions.join(", ") || "—"}</DataRow>
      </dl>
      <FieldsForm
        action={submitOwnIndicatorsAction}
        idPrefix="omvang"
        label={t("overlegtafel.ownTitle")}
        fields={[
          {
            kind: "number-text",
            name: "year",
            label: t("overlegtafel.sizeYear"),
            required: true,
            defaultValue: String(new Date().getFullYear()),
            maxLength: 4,
          },
          { kind: "number-text", name: "clients", label: t("overlegtafel.indicator_clients"), maxLength: 20 },
          { kind: "number-text", name: "employees", label: t("overlegtafel.indicator_employees"), maxLength: 20 },
          { kind: "number-text", name: "wmoRevenue", label: t("overlegtafel.indicator_wmoRevenue"), maxLength: 20 },
        ]}
        submitLabel={t("overlegtafel.saveOwn")}
      />
      <section aria-labelledby="historie">
        <h2 id="historie" className="utrecht-heading-2">
          {t("overlegtafel.ownHistory")}
        </h2>
        <table className="utrecht-table">
          <TableHead
            columns={[
              t("overlegtafel.sizeYear"),
              t("overlegtafel.indicator_clients"),
              t("overlegtafel.indicator_employees"),
              t("overlegtafel.indicator_wmoRevenue"),
              t("overlegtafel.col_status"),
            ]}
          />
          <tbody className="utrecht-table__body">
            {rows.map((r) => (
              <tr key={r.id} className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="row">
                  {r.year}
                </th>
                <td className="utrecht-table__cell">{show(r.clients)}</td>
                <td className="utrecht-table__cell">{show(r.employees)}</td>
                <td className="utrecht-table__cell">{show(r.wmoRevenue, true)}</td>
                <td className="utrecht-table__cell">{t(`overlegtafel.status_${r.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { classificationsFor, listIndicators, thresholdsFor } from "@/db/queries/size-indicators";
import { listRegions } from "@/db/queries/reference";
import { ClassRule } from "@/components/overlegtafel/class-rule";
import { FieldsForm } from "@/components/overlegtafel/fields-form";
import { InlineActionForm } from "@/components/ui/inline-action-form";
import { requirePermission } from "@/lib/auth/guard";
import { formatEuro, t } from "@/lib/i18n";
import { DEFAULT_SIZE_THRESHOLDS } from "@/lib/overlegtafel/size-class";
import { can } from "@/lib/policy";
import { confirmIndicatorsAction, decideClassAction, importIndicatorsAction } from "../actions";
import { TableHead } from "@/components/ui/table-head";

export const metadata: Metadata = { title: t("overlegtafel.sizeTitle") };

export default async function ProviderSizePage({ searchParams }: { searchParams: Promise<{ jaar?: string }> }) {
  const actor = await requirePermission("/beheer/overlegtafels/omvang", "table.list_all");
  const db = await getDb();
  const current = new Date().getFullYear();
  const requested = Number((await searchParams).jaar);
  const year = Number.isInteger(requested) && requested >= 2015 && requested <= current + 1 ? requested : current;
  const [region] = await listRegions(db);
  const [rows, thresholds] = await Promise.all([
    listIndicators(db, year),
    region ? thresholdsFor(db, region.id) : DEFAULT_SIZE_THRESHOLDS,
  ]);
  // The class that counts for tables in this year: from the latest confirmed figures up to it.
  const classes = await classificationsFor(
    db,
    rows.map((r) => r.providerId),
    year,
    thresholds,
  );
  const mayConfirm = can(actor, "size_indicators.confirm");
  const show = (n: number | null | undefined, euro = false) => {
    if (n === null || n === undefined) return t("overlegtafel.unknown");
    return euro ? formatEuro(n) : n.toLocaleString("nl-NL");
  };
  return (
    <div className="inkoop-stack">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href="/beheer/overlegtafels">
          {t("overlegtafel.backToList")}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{t("overlegtafel.sizeTitle")}</h1>
      <p className="utrecht-paragraph">{t("overlegtafel.sizeIntro")}</p>
      <ClassRule thresholds={thresholds} />
      <form
        method="get"
        action="/beheer/overlegtafels/omvang"
        className="inkoop-inline-form"
        aria-label={t("overlegtafel.showYear")}
      >
        <label className="utrecht-form-label" htmlFor="jaar">
          {t("overlegtafel.sizeYear")}
        </label>{" "}
        <input
          id="jaar"
          name="jaar"
          className="utrecht-textbox utrecht-textbox--html-input"
          defaultValue={String(year)}
          inputMode="numeric"
          size={6}
        />{" "}
        <button type="submit" className="utrecht-button utrecht-button--secondary-action">
          {t("overlegtafel.showYear")}
        </button>
      </form>
      <table className="utrecht-table">
        <TableHead
          columns={[
            t("overlegtafel.col_provider"),
            t("overlegtafel.col_kvk"),
            t("overlegtafel.indicator_clients"),
            t("overlegtafel.indicator_employees"),
            t("overlegtafel.indicator_wmoRevenue"),
            t("overlegtafel.col_status"),
            t("overlegtafel.col_computed"),
          ]}
        />
        <tbody className="utrecht-table__body">
          {rows.map(({ providerId, providerName, kvkNumber, indicator: i }) => {
            const effective = classes.get(providerId)!;
            const computed = effective.sizeClass;
            return (
              <tr key={providerId} className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="row">
                  <Link className="utrecht-link" href={`/beheer/overlegtafels/aanbieders/${providerId}`}>
                    {providerName}
                  </Link>
                </th>
                <td className="utrecht-table__cell">{kvkNumber}</td>
                <td className="utrecht-table__cell">{show(i?.clients)}</td>
                <td className="utrecht-table__cell">{show(i?.employees)}</td>
                <td className="utrecht-table__cell">{show(i?.wmoRevenue, true)}</td>
                <td className="utrecht-table__cell">
                  {t(`overlegtafel.status_${i?.status ?? "missing"}`)}
                  {i && i.status === "submitted" && mayConfirm ? (
                    <InlineActionForm
                      action={confirmIndicatorsAction}
                      hidden={{ indicatorId: i.id }}
                      label={t("overlegtafel.confirmLabel", { name: providerName })}
                      submitLabel={t("overlegtafel.confirm")}
                    />
                  ) : null}
                </td>
                <td className="utrecht-table__cell">
                  {effective.decided
                    ? t("overlegtafel.decidedByOfficer", { class: t(`overlegtafel.classShort_${computed}`) })
                    : t(`overlegtafel.classShort_${computed}`)}
                  {effective.indicatorYear !== null && effective.indicatorYear !== year ? (
                    <> {t("overlegtafel.fromYear", { year: effective.indicatorYear })}</>
                  ) : null}
                  {i?.decisionReason ? <p className="utrecht-paragraph">{i.decisionReason}</p> : null}
                  {mayConfirm && (computed === "unclassified" || i?.decidedClass) ? (
                    <details>
                      <summary>{t("overlegtafel.decide")}</summary>
                      <FieldsForm
                        action={decideClassAction}
                        idPrefix={`klasse-${providerId}`}
                        label={t("overlegtafel.decideLabel", { name: providerName })}
                        hidden={{ providerId, year: String(year) }}
                        fields={[
                          {
                            kind: "select",
                            name: "decidedClass",
                            label: t("overlegtafel.col_class"),
                            required: true,
                            options: (["large", "medium", "small"] as const).map((c) => ({
                              value: c,
                              label: t(`overlegtafel.classShort_${c}`),
                            })),
                          },
                          {
                            kind: "textarea",
                            name: "decisionReason",
                            label: t("overlegtafel.decisionReason"),
                            required: true,
                            maxLength: 500,
                            rows: 2,
                          },
                        ]}
                        submitLabel={t("overlegtafel.decide")}
                        variant="secondary"
                      />
                    </details>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {mayConfirm ? (
        <section aria-labelledby="inlezen" className="inkoop-card">
          <h2 id="inlezen" className="utrecht-heading-2">
            {t("overlegtafel.importTitle")}
          </h2>
          <p className="utrecht-paragraph">{t("overlegtafel.importHint")}</p>
          <FieldsForm
            action={importIndicatorsAction}
            idPrefix="inlezen"
            label={t("overlegtafel.importTitle")}
            fields={[
              { kind: "file", name: "file", label: t("overlegtafel.importFile"), accept: ".csv,text/csv" },
              { kind: "textarea", name: "csv", label: t("overlegtafel.importText"), rows: 5 },
            ]}
            submitLabel={t("overlegtafel.import")}
          />
        </section>
      ) : null}
    </div>
  );
}

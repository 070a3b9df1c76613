import { getDb } from "@/db/client";
import { KpiComputation } from "@/components/execution/kpi-computation";
import { KpiDataImportForm } from "@/components/execution/kpi-data-import-form";
import type { Actor } from "@/lib/auth/actor";
import { t } from "@/lib/i18n";
import { COLUMN_TITLE, COLUMNS, MEASUREMENT_KINDS } from "@/lib/kpi/measurement/columns";
import { MAX_FILE_BYTES } from "@/lib/kpi/measurement/read-file";
import { listDataImportsFor } from "@/lib/kpi/measurement/reads";
import { lastCompletedYear } from "@/lib/kpi/measurement-year";
import { importKpiDataAction } from "../kpi-data-actions";

const header = (kind: (typeof MEASUREMENT_KINDS)[number]) => COLUMNS[kind].map((c) => COLUMN_TITLE[c]).join(";");

/** The officer's import of messages and evaluations for this contract, and what was computed from them. */
export async function ContractKpiDataSection({
  actor,
  contract,
  subregions,
  productCode,
  now,
}: {
  actor: Actor;
  contract: { id: string; providerId: string };
  subregions: { id: string; name: string }[];
  productCode: string;
  now: Date;
}) {
  const imports = await listDataImportsFor(await getDb(), actor, contract);
  const year = lastCompletedYear(now);
  return (
    <section aria-labelledby="meetgegevens" className="inkoop-stack">
      <h2 id="meetgegevens" className="utrecht-heading-2">
        {t("kpiData.heading")}
      </h2>
      <p className="utrecht-paragraph">{t("kpiData.intro")}</p>
      <details>
        <summary>{t("kpiData.exampleCareStart")}</summary>
        <pre className="inkoop-preview">
          {`${header("care_start")}\nZW-000123;${productCode};06-01-${year};${year}-01-20;22-01-${year}`}
        </pre>
      </details>
      <details>
        <summary>{t("kpiData.exampleResult")}</summary>
        <pre className="inkoop-preview">
          {[header("result"), `ZW-000123;${productCode};nee;zorgaanbieder`, `ZW-000124;${productCode};ja;`].join("\n")}
        </pre>
      </details>
      <KpiDataImportForm
        action={importKpiDataAction}
        contractId={contract.id}
        subregions={subregions.map((s) => ({ value: s.id, label: s.name }))}
        kinds={MEASUREMENT_KINDS.map((k) => ({ value: k, label: t(`kpiData.kind_${k}`) }))}
        defaultYear={String(year)}
        maxBytes={MAX_FILE_BYTES}
        text={{
          label: t("kpiData.heading"),
          subregion: t("kpi.subregion"),
          year: t("kpi.year"),
          kind: t("kpiData.kind"),
          file: t("kpiData.file"),
          fileHint: t("kpiData.fileHint"),
          submit: t("kpiData.submit"),
          tooLarge: t("kpiData.tooLarge", { size: "{size}", max: MAX_FILE_BYTES / (1024 * 1024) }),
        }}
      />
      <KpiComputation imports={imports} />
    </section>
  );
}

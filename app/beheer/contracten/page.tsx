import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { listProducts, listProviders, listSubregions } from "@/db/queries/reference";
import { listTrajectoryChoices } from "@/db/queries/trajectories";
import { ContractTable } from "@/components/execution/contract-table";
import { SpecForm } from "@/components/execution/spec-form";
import { requirePermission } from "@/lib/auth/guard";
import { t } from "@/lib/i18n";
import { listContractsForOfficer } from "@/lib/contract/reads";
import { TERM_FORMS } from "@/lib/contract/terms";
import { createContractAction } from "./actions";

export const metadata: Metadata = { title: t("contract.listTitle") };

export default async function ContractsPage() {
  const actor = await requirePermission("/beheer/contracten", "contract.administer");
  const db = await getDb();
  const [rows, providers, trajectories, products, subregions] = await Promise.all([
    listContractsForOfficer(db, actor),
    listProviders(db),
    listTrajectoryChoices(db, { includeInternal: true }),
    listProducts(db),
    listSubregions(db),
  ]);
  return (
    <div className="inkoop-stack">
      <h1 className="utrecht-heading-1">{t("contract.listTitle")}</h1>
      <p className="utrecht-paragraph">{t("contract.listIntro")}</p>
      <ContractTable
        rows={rows}
        hrefFor={(id) => `/beheer/contracten/${id}`}
        now={new Date()}
        caption={t("contract.listCaption")}
      />
      <section aria-labelledby="nieuw-contract">
        <h2 id="nieuw-contract" className="utrecht-heading-2">
          {t("contract.new")}
        </h2>
        <SpecForm
          action={createContractAction}
          idPrefix="contract"
          label={t("contract.new")}
          submitLabel={t("contract.create")}
          fields={[
            {
              kind: "select",
              name: "providerId",
              label: t("contract.provider"),
              required: true,
              options: providers.map((p) => ({ value: p.id, label: p.name })),
            },
            {
              kind: "select",
              name: "trajectoryId",
              label: t("contract.trajectory"),
              required: true,
              options: trajectories.map((tr) => ({ value: tr.id, label: tr.title })),
            },
            {
              kind: "text",
              name: "reference",
              label: t("contract.reference"),
              required: true,
              maxLength: 60,
              description: t("contract.referenceHint"),
            },
            { kind: "text", name: "title", label: t("contract.title"), required: true, maxLength: 200 },
            {
              kind: "checkboxes",
              name: "productIds",
              label: t("contract.products"),
              options: products.map((p) => ({ value: p.id, label: p.name })),
            },
            {
              kind: "checkboxes",
              name: "subregionIds",
              label: t("contract.subregions"),
              options: subregions.map((s) => ({ value: s.id, label: s.name })),
            },
            { kind: "date", name: "awardedOn", label: t("contract.awardedOn"), required: true },
            {
              kind: "date",
              name: "startsOn",
              label: t("contract.startsOn"),
              required: true,
              description: t("contract.startsOnHint"),
            },
            {
              kind: "select",
              name: "termForm",
              label: t("contract.termForm"),
              required: true,
              defaultValue: "2+2",
              options: TERM_FORMS.map((f) => ({
                value: f,
                label: t(`contract.term_${f === "2+2" ? "standard" : "exception"}`),
              })),
            },
            {
              kind: "textarea",
              name: "termFormReason",
              label: t("contract.termFormReason"),
              rows: 3,
              maxLength: 1000,
              description: t("contract.termFormReasonHint"),
            },
          ]}
        />
      </section>
    </div>
  );
}

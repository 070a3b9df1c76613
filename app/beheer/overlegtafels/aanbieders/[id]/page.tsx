import type { Metadata } from "next";
import { notFound } from "next/navigation";
import Link from "next/link";
import { getDb } from "@/db/client";
import { getProviderName, listProducts, listSubregions } from "@/db/queries/reference";
import { contractOf } from "@/db/queries/size-indicators";
import { ContractForm } from "@/components/overlegtafel/contract-form";
import { DataRow } from "@/components/ui/data-row";
import { requirePermission } from "@/lib/auth/guard";
import { idParam } from "@/lib/http/params";
import { t } from "@/lib/i18n";
import { can } from "@/lib/policy";
import { setContractAction } from "../../actions";

export const metadata: Metadata = { title: t("overlegtafel.contractEdit") };

export default async function ProviderContractPage({ params }: { params: Promise<{ id: string }> }) {
  const rawId = (await params).id;
  const actor = await requirePermission(`/beheer/overlegtafels/aanbieders/${rawId}`, "table.list_all");
  const providerId = idParam(rawId);
  const db = await getDb();
  const name = await getProviderName(db, providerId);
  if (!name) notFound();
  const [contract, products, subregions] = await Promise.all([
    contractOf(db, providerId),
    listProducts(db),
    listSubregions(db),
  ]);
  const contracted = contract.products.length > 0 || contract.subregions.length > 0;
  return (
    <div className="inkoop-stack">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href="/beheer/overlegtafels/omvang">
          {t("overlegtafel.sizeTitle")}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{t("overlegtafel.contractTitle", { name })}</h1>
      <p className="utrecht-paragraph">{t("overlegtafel.contractIntro")}</p>
      <dl className="utrecht-data-list utrecht-data-list--rows">
        <DataRow label={t("overlegtafel.contractedProducts")}>{contract.products.join(", ") || "—"}</DataRow>
        <DataRow label={t("overlegtafel.contractedSubregions")}>{contract.subregions.join(", ") || "—"}</DataRow>
      </dl>
      {contracted ? null : <p className="utrecht-paragraph">{t("overlegtafel.contractNone")}</p>}
      {can(actor, "provider_contract.set") ? (
        <section aria-labelledby="contract" className="inkoop-card">
          <h2 id="contract" className="utrecht-heading-2">
            {t("overlegtafel.contractEdit")}
          </h2>
          <p className="utrecht-paragraph">{t("overlegtafel.contractRule")}</p>
          <ContractForm
            providerId={providerId}
            providerName={name}
            products={products.map((p) => ({ value: p.id, label: p.name }))}
            subregions={subregions.map((s) => ({ value: s.id, label: s.name }))}
            productIds={contract.productIds}
            subregionIds={contract.subregionIds}
            action={setContractAction}
          />
        </section>
      ) : null}
    </div>
  );
}

import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { ContractTable } from "@/components/execution/contract-table";
import { requirePermission } from "@/lib/auth/guard";
import { listOwnContracts } from "@/lib/contract/reads";
import { t } from "@/lib/i18n";

export const metadata: Metadata = { title: t("myContracts.title") };

export default async function MyContractsPage() {
  const actor = await requirePermission("/mijn-contracten", "contract.list_own");
  const rows = await listOwnContracts(await getDb(), actor);
  return (
    <div className="inkoop-stack">
      <h1 className="utrecht-heading-1">{t("myContracts.title")}</h1>
      <p className="utrecht-paragraph">{t("myContracts.intro")}</p>
      <ContractTable
        rows={rows}
        hrefFor={(id) => `/mijn-contracten/${id}`}
        now={new Date()}
        caption={t("myContracts.caption")}
      />
    </div>
  );
}

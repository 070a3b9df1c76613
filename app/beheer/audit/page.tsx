import type { Metadata } from "next";
import { AuditView } from "@/components/audit/audit-view";
import { getDb } from "@/db/client";
import type { RawParams } from "@/lib/audit/filter";
import { auditViewFor } from "@/lib/audit/view-model";
import { requirePermission } from "@/lib/auth/guard";
import { t } from "@/lib/i18n";

export const metadata: Metadata = { title: t("auditView.title") };

/** The whole audit trail for officers; an administrator sees its account and security part. */
export default async function AuditPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const actor = await requirePermission("/beheer/audit", "audit.view", { scope: "security" });
  const model = await auditViewFor(await getDb(), actor, await searchParams);
  return (
    <div className="inkoop-stack">
      <h1 className="utrecht-heading-1">{t("auditView.title")}</h1>
      <p className="utrecht-paragraph">{t("auditView.intro")}</p>
      {model.page?.scope === "security" ? <p className="utrecht-paragraph">{t("auditView.introSecurity")}</p> : null}
      <AuditView path="/beheer/audit" exportPath="/beheer/audit/export" {...model} />
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { TableList } from "@/components/overlegtafel/table-list";
import { requirePermission } from "@/lib/auth/guard";
import { t } from "@/lib/i18n";
import { listTablesForStaff } from "@/lib/overlegtafel/reads";
import { can } from "@/lib/policy";

export const metadata: Metadata = { title: t("overlegtafel.listTitle") };

export default async function TablesWorkspacePage() {
  const actor = await requirePermission("/beheer/overlegtafels", "table.list_all");
  const items = await listTablesForStaff(await getDb(), actor);
  return (
    <div className="inkoop-stack">
      <h1 className="utrecht-heading-1">{t("overlegtafel.listTitle")}</h1>
      <p className="utrecht-paragraph">{t("overlegtafel.listIntro")}</p>
      {can(actor, "table.administer") ? (
        <p className="utrecht-paragraph">
          <Link
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
            href="/beheer/overlegtafels/nieuw"
          >
            {t("overlegtafel.newTable")}
          </Link>
        </p>
      ) : null}
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href="/beheer/overlegtafels/omvang">
          {t("overlegtafel.sizeLink")}
        </Link>
        {can(actor, "size_thresholds.set") ? (
          <>
            {" · "}
            <Link className="utrecht-link" href="/beheer/overlegtafels/drempels">
              {t("overlegtafel.thresholdsLink")}
            </Link>
          </>
        ) : null}
      </p>
      <TableList items={items} hrefFor={(id) => `/beheer/overlegtafels/${id}`} />
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { getProviderName } from "@/db/queries/reference";
import { TableList } from "@/components/overlegtafel/table-list";
import { speakingFor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/guard";
import { t } from "@/lib/i18n";
import { listOwnTables } from "@/lib/overlegtafel/reads";

export const metadata: Metadata = { title: t("overlegtafel.myTitle") };

export default async function MyTablesPage() {
  const actor = await requirePermission("/overlegtafels", "table.list_own");
  const providerId = speakingFor(actor)!;
  const db = await getDb();
  const [tables, name] = await Promise.all([listOwnTables(db, actor), getProviderName(db, providerId)]);
  return (
    <div className="inkoop-stack">
      <h1 className="utrecht-heading-1">{t("overlegtafel.myTitle")}</h1>
      <p className="utrecht-paragraph">{t("overlegtafel.myIntro", { name: name ?? "" })}</p>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href="/overlegtafels/omvang">
          {t("overlegtafel.mySizeLink")}
        </Link>
      </p>
      {tables.length ? (
        <TableList
          items={tables.map(({ trajectoryTitle: _omit, ...tb }) => tb)}
          hrefFor={(id) => `/overlegtafels/${id}`}
        />
      ) : (
        <p className="utrecht-paragraph">{t("overlegtafel.myNone")}</p>
      )}
    </div>
  );
}

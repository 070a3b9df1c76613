import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listProducts, listSubregions } from "@/db/queries/reference";
import { listTrajectoryChoices } from "@/db/queries/trajectories";
import { TableForm } from "@/components/overlegtafel/table-form";
import { requirePermission } from "@/lib/auth/guard";
import { t } from "@/lib/i18n";
import { createTableAction } from "../actions";

export const metadata: Metadata = { title: t("overlegtafel.newTable") };

export default async function NewTablePage({ searchParams }: { searchParams: Promise<{ traject?: string }> }) {
  await requirePermission("/beheer/overlegtafels/nieuw", "table.administer");
  const db = await getDb();
  const [trajectories, products, subregions] = await Promise.all([
    listTrajectoryChoices(db, { includeInternal: true }),
    listProducts(db),
    listSubregions(db),
  ]);
  const requested = (await searchParams).traject;
  return (
    <div className="inkoop-stack">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href="/beheer/overlegtafels">
          {t("overlegtafel.backToList")}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{t("overlegtafel.newTable")}</h1>
      <p className="utrecht-paragraph">{t("overlegtafel.compositionRule")}</p>
      <TableForm
        trajectories={trajectories.map((tr) => ({ value: tr.id, label: tr.title }))}
        products={products.map((p) => ({ value: p.id, label: p.name }))}
        subregions={subregions.map((s) => ({ value: s.id, label: s.name }))}
        trajectoryId={trajectories.some((tr) => tr.id === requested) ? requested : undefined}
        action={createTableAction}
      />
    </div>
  );
}

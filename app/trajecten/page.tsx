import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { listTrajectories } from "@/db/queries/trajectories";
import { TrajectoryList } from "@/components/trajectory/trajectory-list";
import { t } from "@/lib/i18n";

export const metadata: Metadata = { title: t("trajectory.listTitle") };

export default async function PublicTrajectoriesPage() {
  const items = await listTrajectories(await getDb(), { includeInternal: false });
  return (
    <div className="inkoop-stack">
      <h1 className="utrecht-heading-1">{t("trajectory.listTitle")}</h1>
      <p className="utrecht-paragraph">{t("trajectory.listIntro")}</p>
      {items.length ? (
        <TrajectoryList items={items} hrefFor={(id) => `/trajecten/${id}`} />
      ) : (
        <p className="utrecht-paragraph">{t("home.none")}</p>
      )}
    </div>
  );
}

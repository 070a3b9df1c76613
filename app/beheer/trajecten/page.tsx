import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listTrajectories } from "@/db/queries/trajectories";
import { TrajectoryList } from "@/components/trajectory/trajectory-list";
import { requirePermission } from "@/lib/auth/guard";
import { t } from "@/lib/i18n";
import { can } from "@/lib/policy";

export const metadata: Metadata = { title: t("trajectory.workspaceTitle") };

export default async function WorkspaceTrajectoriesPage() {
  const actor = await requirePermission("/beheer/trajecten", "trajectory.list_all");
  const items = await listTrajectories(await getDb(), { includeInternal: true });
  return (
    <div className="inkoop-stack">
      <h1 className="utrecht-heading-1">{t("trajectory.workspaceTitle")}</h1>
      <p className="utrecht-paragraph">{t("trajectory.workspaceIntro")}</p>
      {can(actor, "trajectory.create") ? (
        <p>
          <Link
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
            href="/beheer/trajecten/nieuw"
          >
            {t("trajectory.new")}
          </Link>
        </p>
      ) : null}
      <TrajectoryList items={items} hrefFor={(id) => `/beheer/trajecten/${id}`} />
    </div>
  );
}

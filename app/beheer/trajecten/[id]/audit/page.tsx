import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listAuditForTrajectory } from "@/db/queries/audit";
import { getTrajectoryOrThrow } from "@/db/queries/trajectories";
import { AuditTable } from "@/components/audit/audit-table";
import { requirePermission } from "@/lib/auth/guard";
import { idParam, orNotFound } from "@/lib/http/params";
import { t } from "@/lib/i18n";

export const metadata: Metadata = { title: t("trajectory.audit") };

export default async function TrajectoryAuditPage({ params }: { params: Promise<{ id: string }> }) {
  const rawId = (await params).id;
  await requirePermission(`/beheer/trajecten/${rawId}/audit`, "trajectory.view_audit");
  const db = await getDb();
  const trajectory = await orNotFound(getTrajectoryOrThrow(db, idParam(rawId)));
  const entries = await listAuditForTrajectory(db, trajectory.id);
  return (
    <div className="inkoop-stack">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href={`/beheer/trajecten/${trajectory.id}`}>
          {t("trajectory.back")}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{t("audit.title", { title: trajectory.title })}</h1>
      <p className="utrecht-paragraph">{t("audit.intro")}</p>
      <AuditTable entries={entries} />
    </div>
  );
}

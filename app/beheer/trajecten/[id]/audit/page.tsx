import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { getTrajectoryOrThrow } from "@/db/queries/trajectories";
import { AuditView } from "@/components/audit/audit-view";
import type { RawParams } from "@/lib/audit/filter";
import { auditViewFor } from "@/lib/audit/view-model";
import { requirePermission } from "@/lib/auth/guard";
import { idParam, orNotFound } from "@/lib/http/params";
import { t } from "@/lib/i18n";

export const metadata: Metadata = { title: t("trajectory.audit") };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<RawParams> };

export default async function TrajectoryAuditPage({ params, searchParams }: Props) {
  const rawId = (await params).id;
  const actor = await requirePermission(`/beheer/trajecten/${rawId}/audit`, "trajectory.view_audit");
  const db = await getDb();
  const trajectory = await orNotFound(getTrajectoryOrThrow(db, idParam(rawId)));
  const model = await auditViewFor(db, actor, await searchParams, trajectory.id);
  return (
    <div className="inkoop-stack">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href={`/beheer/trajecten/${trajectory.id}`}>
          {t("trajectory.back")}
        </Link>{" "}
        ·{" "}
        <Link className="utrecht-link" href="/beheer/audit">
          {t("auditView.allAudit")}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{t("audit.title", { title: trajectory.title })}</h1>
      <p className="utrecht-paragraph">{t("audit.intro")}</p>
      <AuditView
        path={`/beheer/trajecten/${trajectory.id}/audit`}
        exportPath={`/beheer/trajecten/${trajectory.id}/audit/export`}
        {...model}
      />
    </div>
  );
}

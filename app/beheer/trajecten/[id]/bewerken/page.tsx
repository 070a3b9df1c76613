import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { getTrajectoryDetail } from "@/db/queries/trajectories";
import { TrajectoryForm } from "@/components/trajectory/trajectory-form";
import { requirePermission } from "@/lib/auth/guard";
import { idParam, orNotFound } from "@/lib/http/params";
import { t } from "@/lib/i18n";
import { trajectoryFormDefaults } from "@/lib/trajectory/form-defaults";
import { updateTrajectoryAction } from "../../actions";
import { trajectoryFormOptions } from "../../form-options";

export const metadata: Metadata = { title: t("trajectory.edit") };

export default async function EditTrajectoryPage({ params }: { params: Promise<{ id: string }> }) {
  const rawId = (await params).id;
  await requirePermission(`/beheer/trajecten/${rawId}/bewerken`, "trajectory.update");
  const db = await getDb();
  const detail = await orNotFound(getTrajectoryDetail(db, idParam(rawId)));
  const options = await trajectoryFormOptions(db);
  return (
    <div className="inkoop-stack">
      <h1 className="utrecht-heading-1">{t("trajectory.editTitle", { title: detail.trajectory.title })}</h1>
      <TrajectoryForm
        action={updateTrajectoryAction.bind(null, detail.trajectory.id)}
        {...options}
        defaults={trajectoryFormDefaults(detail)}
        submitLabel={t("trajectoryForm.submitUpdate")}
      />
    </div>
  );
}

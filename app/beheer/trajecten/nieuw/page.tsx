import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { TrajectoryForm } from "@/components/trajectory/trajectory-form";
import { requirePermission } from "@/lib/auth/guard";
import { t } from "@/lib/i18n";
import { createTrajectoryAction } from "../actions";
import { trajectoryFormOptions } from "../form-options";

export const metadata: Metadata = { title: t("trajectory.new") };

export default async function NewTrajectoryPage() {
  await requirePermission("/beheer/trajecten/nieuw", "trajectory.create");
  const options = await trajectoryFormOptions(await getDb());
  return (
    <div className="inkoop-stack">
      <h1 className="utrecht-heading-1">{t("trajectory.new")}</h1>
      <TrajectoryForm action={createTrajectoryAction} {...options} submitLabel={t("trajectoryForm.submitCreate")} />
    </div>
  );
}

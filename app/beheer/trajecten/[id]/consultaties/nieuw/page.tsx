import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { getTrajectoryOrThrow } from "@/db/queries/trajectories";
import { ConsultationForm } from "@/components/consultation/consultation-form";
import { requirePermission } from "@/lib/auth/guard";
import { idParam, orNotFound } from "@/lib/http/params";
import { t } from "@/lib/i18n";
import { createConsultationAction } from "@/app/beheer/consultaties/actions";

export const metadata: Metadata = { title: t("consultation.new") };

export default async function NewConsultationPage({ params }: { params: Promise<{ id: string }> }) {
  const rawId = (await params).id;
  await requirePermission(`/beheer/trajecten/${rawId}/consultaties/nieuw`, "consultation.administer");
  const trajectory = await orNotFound(getTrajectoryOrThrow(await getDb(), idParam(rawId)));
  return (
    <div className="inkoop-stack">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href={`/beheer/trajecten/${trajectory.id}`}>
          {t("trajectory.back")}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{t("consultation.newFor", { title: trajectory.title })}</h1>
      <ConsultationForm
        trajectoryId={trajectory.id}
        currentPhase={trajectory.currentPhase}
        action={createConsultationAction}
      />
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { getTrajectoryOrThrow } from "@/db/queries/trajectories";
import { ConsultationForm } from "@/components/consultation/consultation-form";
import { requirePermission } from "@/lib/auth/guard";
import { idParam, orNotFound } from "@/lib/http/params";
import { t } from "@/lib/i18n";
import { createConsultationAction } from "@/app/beheer/consultaties/actions";

export const metadata: Metadata = { title: t("consultation.new") };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ concept?: string }> };

export default async function NewConsultationPage({ params, searchParams }: Props) {
  const rawId = (await params).id;
  await requirePermission(`/beheer/trajecten/${rawId}/consultaties/nieuw`, "consultation.administer");
  const trajectory = await orNotFound(getTrajectoryOrThrow(await getDb(), idParam(rawId)));
  // Each visit of the form gets its own draft, named in the address so a reopened tab finds its text again.
  const instance = z.uuid().safeParse((await searchParams).concept);
  if (!instance.success) {
    redirect(`/beheer/trajecten/${trajectory.id}/consultaties/nieuw?concept=${crypto.randomUUID()}`);
  }
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
        draftInstance={instance.data}
        currentPhase={trajectory.currentPhase}
        action={createConsultationAction}
      />
    </div>
  );
}

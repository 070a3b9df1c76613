import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { getTrajectoryOrThrow } from "@/db/queries/trajectories";
import { MeetingForm } from "@/components/meeting/meeting-form";
import { requirePermission } from "@/lib/auth/guard";
import { listConsultationsOfTrajectory } from "@/lib/consultation/reads";
import { idParam, orNotFound } from "@/lib/http/params";
import { t } from "@/lib/i18n";
import { createMeetingAction } from "@/app/beheer/bijeenkomsten/actions";

export const metadata: Metadata = { title: t("meeting.new") };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ consultatie?: string }> };

export default async function NewMeetingPage({ params, searchParams }: Props) {
  const rawId = (await params).id;
  const actor = await requirePermission(`/beheer/trajecten/${rawId}/bijeenkomsten/nieuw`, "meeting.administer");
  const db = await getDb();
  const trajectory = await orNotFound(getTrajectoryOrThrow(db, idParam(rawId)));
  const oral = (await listConsultationsOfTrajectory(db, actor, trajectory.id)).filter((c) => c.form === "oral");
  const requested = (await searchParams).consultatie;
  return (
    <div className="inkoop-stack">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href={`/beheer/trajecten/${trajectory.id}`}>
          {t("trajectory.back")}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{t("meeting.newFor", { title: trajectory.title })}</h1>
      <MeetingForm
        trajectoryId={trajectory.id}
        consultations={oral.map((c) => ({ value: c.id, label: c.title }))}
        consultationId={oral.some((c) => c.id === requested) ? requested : undefined}
        action={createMeetingAction}
      />
    </div>
  );
}

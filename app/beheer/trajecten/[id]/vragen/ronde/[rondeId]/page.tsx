import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { OfficerRoundView } from "@/components/questions/officer-round-view";
import { requirePermission } from "@/lib/auth/guard";
import { idParam, orNotFound } from "@/lib/http/params";
import { t } from "@/lib/i18n";
import { can } from "@/lib/policy";
import { loadRoundForOfficer } from "@/lib/questions/officer-reads";
import { publishedNotice, roundTouchedBy } from "@/lib/questions/subject";
import {
  publishRoundAction,
  reopenRoundAction,
  reviewRoundAction,
  roundMembershipAction,
  submitRoundAction,
} from "../../../../../consultaties/vragen-actions";

export const metadata: Metadata = { title: "Ronde van de nota van inlichtingen" };

type Props = {
  params: Promise<{ id: string; rondeId: string }>;
  searchParams: Promise<{ versie?: string; ontvangers?: string }>;
};

export default async function OfficerTrajectoryRoundPage({ params, searchParams }: Props) {
  const raw = await params;
  const actor = await requirePermission(
    `/beheer/trajecten/${raw.id}/vragen/ronde/${raw.rondeId}`,
    "question.administer",
  );
  const db = await getDb();
  const loaded = await orNotFound(loadRoundForOfficer(db, actor, idParam(raw.rondeId)));
  // Only a question (or round) about this trajectory as a whole, not one of its consultations.
  const { consultationId, trajectoryId } = loaded.subject;
  if (consultationId || trajectoryId !== idParam(raw.id)) notFound();
  return (
    <OfficerRoundView
      loaded={loaded}
      base={`/beheer/trajecten/${trajectoryId}/vragen`}
      publicBase={`/trajecten/${trajectoryId}/vragen`}
      backLabel={t("questions.officerTrajectoryTitle", { title: loaded.title })}
      mayReview={can(actor, "question_round.review", roundTouchedBy(loaded))}
      published={publishedNotice(await searchParams)}
      actions={{
        membership: roundMembershipAction,
        submit: submitRoundAction,
        review: reviewRoundAction,
        publish: publishRoundAction,
        reopen: reopenRoundAction,
      }}
    />
  );
}

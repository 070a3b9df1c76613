import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { OfficerQuestionsOverview } from "@/components/questions/officer-questions-overview";
import { requirePermission } from "@/lib/auth/guard";
import { idParam, orNotFound } from "@/lib/http/params";
import { formatDateTime, t } from "@/lib/i18n";
import { loadTrajectoryQuestionsForOfficer } from "@/lib/questions/officer-reads";
import { createTrajectoryRoundAction, setTrajectoryQuestionPeriodAction } from "../../vragen-actions";

export const metadata: Metadata = { title: "Vragen over het traject en nota van inlichtingen" };

type Props = { params: Promise<{ id: string }> };

/** The officers' list of the questions about a trajectory as a whole, its question period and its rounds. */
export default async function OfficerTrajectoryQuestionsPage({ params }: Props) {
  const rawId = (await params).id;
  const actor = await requirePermission(`/beheer/trajecten/${rawId}/vragen`, "question.administer");
  const db = await getDb();
  const { trajectory, questions, rounds, ownEnd } = await orNotFound(
    loadTrajectoryQuestionsForOfficer(db, actor, idParam(rawId)),
  );
  const base = `/beheer/trajecten/${trajectory.id}/vragen`;
  return (
    <OfficerQuestionsOverview
      subject={{ href: `/beheer/trajecten/${trajectory.id}`, title: trajectory.title }}
      heading={t("questions.officerTrajectoryTitle", { title: trajectory.title })}
      intro={t("questions.officerTrajectoryIntro")}
      base={base}
      questions={questions}
      rounds={rounds}
      periodEnds={
        ownEnd
          ? t("questions.deadlineTrajectoryQuestions", { at: formatDateTime(ownEnd) })
          : t("questions.deadlineTrajectoryPhase")
      }
      period={{
        action: setTrajectoryQuestionPeriodAction,
        hidden: { trajectoryId: trajectory.id },
        label: t("questions.trajectoryPeriodLabel"),
        own: ownEnd,
      }}
      newRound={{ action: createTrajectoryRoundAction, hidden: { trajectoryId: trajectory.id } }}
    />
  );
}

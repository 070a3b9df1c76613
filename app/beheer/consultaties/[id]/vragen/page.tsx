import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { OfficerQuestionsOverview } from "@/components/questions/officer-questions-overview";
import { requirePermission } from "@/lib/auth/guard";
import { idParam, orNotFound } from "@/lib/http/params";
import { formatDateTime, t } from "@/lib/i18n";
import { loadQuestionsForOfficer } from "@/lib/questions/officer-reads";
import { createRoundAction, setQuestionPeriodAction } from "../../vragen-actions";

export const metadata: Metadata = { title: "Vragen en nota van inlichtingen" };

type Props = { params: Promise<{ id: string }> };

export default async function OfficerQuestionsPage({ params }: Props) {
  const rawId = (await params).id;
  const actor = await requirePermission(`/beheer/consultaties/${rawId}/vragen`, "question.administer");
  const db = await getDb();
  const { consultation, questions, rounds, period } = await orNotFound(
    loadQuestionsForOfficer(db, actor, idParam(rawId)),
  );
  const base = `/beheer/consultaties/${consultation.id}/vragen`;
  return (
    <OfficerQuestionsOverview
      subject={{ href: `/beheer/consultaties/${consultation.id}`, title: consultation.title }}
      heading={t("questions.officerTitle", { title: consultation.title })}
      intro={t("questions.officerIntro")}
      base={base}
      questions={questions}
      rounds={rounds}
      periodEnds={t("questions.deadlineQuestions", { at: formatDateTime(period.ends) })}
      period={{
        action: setQuestionPeriodAction,
        hidden: { consultationId: consultation.id },
        label: t("questions.periodLabel"),
        own: period.own,
      }}
      newRound={{ action: createRoundAction, hidden: { consultationId: consultation.id } }}
    />
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { OfficerQuestionView } from "@/components/questions/officer-question-view";
import { requirePermission } from "@/lib/auth/guard";
import { idParam, orNotFound } from "@/lib/http/params";
import { t } from "@/lib/i18n";
import { loadQuestionForOfficer } from "@/lib/questions/officer-reads";
import { QUESTION_DONE } from "@/lib/questions/subject";
import {
  declineQuestionAction,
  mergeQuestionAction,
  reopenQuestionAction,
  saveAnswerAction,
} from "../../../vragen-actions";

export const metadata: Metadata = { title: "Vraag behandelen" };

type Props = {
  params: Promise<{ id: string; vraagId: string }>;
  searchParams: Promise<{ gedaan?: string }>;
};

export default async function OfficerQuestionPage({ params, searchParams }: Props) {
  const raw = await params;
  const actor = await requirePermission(`/beheer/consultaties/${raw.id}/vragen/${raw.vraagId}`, "question.administer");
  const db = await getDb();
  const loaded = await orNotFound(loadQuestionForOfficer(db, actor, idParam(raw.vraagId)));
  const consultationId = loaded.subject.consultationId;
  if (!consultationId || consultationId !== idParam(raw.id)) notFound();
  return (
    <OfficerQuestionView
      loaded={loaded}
      back={{
        href: `/beheer/consultaties/${consultationId}/vragen`,
        label: t("questions.officerTitle", { title: loaded.title }),
      }}
      done={QUESTION_DONE[(await searchParams).gedaan ?? ""]}
      actions={{
        save: saveAnswerAction,
        merge: mergeQuestionAction,
        decline: declineQuestionAction,
        reopen: reopenQuestionAction,
      }}
    />
  );
}

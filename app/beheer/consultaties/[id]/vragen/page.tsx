import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { FieldActionForm } from "@/components/questions/field-action-form";
import { OfficerQuestionTable } from "@/components/questions/officer-question-table";
import { requirePermission } from "@/lib/auth/guard";
import { idParam, orNotFound } from "@/lib/http/params";
import { formatDateTime, t } from "@/lib/i18n";
import { loadQuestionsForOfficer } from "@/lib/questions/officer-reads";
import { toLocalInputValue } from "@/lib/time/amsterdam";
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
  const roundNumbers = Object.fromEntries(rounds.map((r) => [r.id, r.number]));
  const unanswered = questions.filter((r) => r.q.state === "received" && r.q.answerState !== "final").length;
  return (
    <article className="inkoop-stack">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href={`/beheer/consultaties/${consultation.id}`}>
          {consultation.title}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{t("questions.officerTitle", { title: consultation.title })}</h1>
      <p className="utrecht-paragraph">{t("questions.officerIntro")}</p>
      <section aria-labelledby="termijnen" className="inkoop-card">
        <h2 id="termijnen" className="utrecht-heading-2">
          {t("questions.deadlinesTitle")}
        </h2>
        <ul className="utrecht-unordered-list" data-testid="question-deadlines">
          <li className="utrecht-unordered-list__item">
            {t("questions.deadlineQuestions", { at: formatDateTime(period.ends) })}
          </li>
          {rounds
            .filter((r) => r.plannedAt)
            .map((r) => (
              <li key={r.id} className="utrecht-unordered-list__item">
                {t("questions.deadlineRound", {
                  number: r.number,
                  at: formatDateTime(r.plannedAt!),
                  state: t(`questions.roundState_${r.state}`),
                })}
              </li>
            ))}
          <li className="utrecht-unordered-list__item">{t("questions.deadlineUnanswered", { count: unanswered })}</li>
        </ul>
        <FieldActionForm
          action={setQuestionPeriodAction}
          hidden={{ consultationId: consultation.id }}
          idPrefix="periode"
          label={t("questions.periodTitle")}
          submitLabel={t("questions.periodSave")}
          fields={[
            {
              kind: "datetime-local",
              name: "closesAt",
              label: t("questions.periodLabel"),
              defaultValue: period.own ? toLocalInputValue(period.own) : "",
            },
          ]}
        />
      </section>
      <section aria-labelledby="alle-vragen">
        <h2 id="alle-vragen" className="utrecht-heading-2">
          {t("questions.title")}
        </h2>
        <OfficerQuestionTable
          base={`/beheer/consultaties/${consultation.id}/vragen`}
          rows={questions}
          roundNumbers={roundNumbers}
        />
      </section>
      <section aria-labelledby="rondes" className="inkoop-stack">
        <h2 id="rondes" className="utrecht-heading-2">
          {t("questions.roundsWorkTitle")}
        </h2>
        <ul className="utrecht-unordered-list">
          {rounds.map((r) => (
            <li key={r.id} className="utrecht-unordered-list__item">
              <Link className="utrecht-link" href={`/beheer/consultaties/${consultation.id}/vragen/ronde/${r.id}`}>
                {t("questions.roundHeading", { number: r.number })}
              </Link>{" "}
              ({t(`questions.roundState_${r.state}`)})
            </li>
          ))}
        </ul>
        <FieldActionForm
          action={createRoundAction}
          hidden={{ consultationId: consultation.id }}
          idPrefix="ronde"
          label={t("questions.newRound")}
          submitLabel={t("questions.createRound")}
          fields={[{ kind: "datetime-local", name: "plannedAt", label: t("questions.plannedAt") }]}
        />
      </section>
    </article>
  );
}

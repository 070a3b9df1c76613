import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { FieldActionForm } from "@/components/questions/field-action-form";
import { OfficerQuestionTable } from "@/components/questions/officer-question-table";
import { requirePermission } from "@/lib/auth/guard";
import { idParam, orNotFound } from "@/lib/http/params";
import { formatDateTime, t } from "@/lib/i18n";
import { loadTrajectoryQuestionsForOfficer } from "@/lib/questions/officer-reads";
import { toLocalInputValue } from "@/lib/time/amsterdam";
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
  const roundNumbers = Object.fromEntries(rounds.map((r) => [r.id, r.number]));
  const unanswered = questions.filter((r) => r.q.state === "received" && r.q.answerState !== "final").length;
  return (
    <article className="inkoop-stack">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href={`/beheer/trajecten/${trajectory.id}`}>
          {trajectory.title}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{t("questions.officerTrajectoryTitle", { title: trajectory.title })}</h1>
      <p className="utrecht-paragraph">{t("questions.officerTrajectoryIntro")}</p>
      <section aria-labelledby="termijnen" className="inkoop-card">
        <h2 id="termijnen" className="utrecht-heading-2">
          {t("questions.deadlinesTitle")}
        </h2>
        <ul className="utrecht-unordered-list" data-testid="question-deadlines">
          <li className="utrecht-unordered-list__item">
            {ownEnd
              ? t("questions.deadlineTrajectoryQuestions", { at: formatDateTime(ownEnd) })
              : t("questions.deadlineTrajectoryPhase")}
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
          action={setTrajectoryQuestionPeriodAction}
          hidden={{ trajectoryId: trajectory.id }}
          idPrefix="periode"
          label={t("questions.periodTitle")}
          submitLabel={t("questions.periodSave")}
          fields={[
            {
              kind: "datetime-local",
              name: "closesAt",
              label: t("questions.trajectoryPeriodLabel"),
              defaultValue: ownEnd ? toLocalInputValue(ownEnd) : "",
            },
          ]}
        />
      </section>
      <section aria-labelledby="alle-vragen">
        <h2 id="alle-vragen" className="utrecht-heading-2">
          {t("questions.title")}
        </h2>
        <OfficerQuestionTable base={base} rows={questions} roundNumbers={roundNumbers} />
      </section>
      <section aria-labelledby="rondes" className="inkoop-stack">
        <h2 id="rondes" className="utrecht-heading-2">
          {t("questions.roundsWorkTitle")}
        </h2>
        <ul className="utrecht-unordered-list">
          {rounds.map((r) => (
            <li key={r.id} className="utrecht-unordered-list__item">
              <Link className="utrecht-link" href={`${base}/ronde/${r.id}`}>
                {t("questions.roundHeading", { number: r.number })}
              </Link>{" "}
              ({t(`questions.roundState_${r.state}`)})
            </li>
          ))}
        </ul>
        <FieldActionForm
          action={createTrajectoryRoundAction}
          hidden={{ trajectoryId: trajectory.id }}
          idPrefix="ronde"
          label={t("questions.newRound")}
          submitLabel={t("questions.createRound")}
          fields={[{ kind: "datetime-local", name: "plannedAt", label: t("questions.plannedAt") }]}
        />
      </section>
    </article>
  );
}

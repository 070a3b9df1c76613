import Link from "next/link";
import { FieldActionForm } from "@/components/questions/field-action-form";
import { OfficerQuestionTable } from "@/components/questions/officer-question-table";
import type { FormState } from "@/lib/http/form-state";
import { formatDateTime, t } from "@/lib/i18n";
import type { OfficerQuestionRow } from "@/lib/questions/officer-reads";
import { toLocalInputValue } from "@/lib/time/amsterdam";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;
type Round = { id: string; number: number; state: string; plannedAt: Date | null };

type Props = {
  /** The consultation or trajectory the questions are about. */
  subject: { href: string; title: string };
  heading: string;
  intro: string;
  /** Where the officers' pages of these questions start, e.g. /beheer/consultaties/[id]/vragen. */
  base: string;
  questions: OfficerQuestionRow[];
  rounds: Round[];
  /** The line that says when the question period ends. */
  periodEnds: string;
  period: { action: Action; hidden: Record<string, string>; label: string; own: Date | null };
  newRound: { action: Action; hidden: Record<string, string> };
};

/** The officers' list of the questions of one subject, its deadlines and its rounds. */
export function OfficerQuestionsOverview({ subject, heading, intro, base, questions, rounds, ...forms }: Props) {
  const roundNumbers = Object.fromEntries(rounds.map((r) => [r.id, r.number]));
  const unanswered = questions.filter((r) => r.q.state === "received" && r.q.answerState !== "final").length;
  return (
    <article className="inkoop-stack">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href={subject.href}>
          {subject.title}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{heading}</h1>
      <p className="utrecht-paragraph">{intro}</p>
      <section aria-labelledby="termijnen" className="inkoop-card">
        <h2 id="termijnen" className="utrecht-heading-2">
          {t("questions.deadlinesTitle")}
        </h2>
        <ul className="utrecht-unordered-list" data-testid="question-deadlines">
          <li className="utrecht-unordered-list__item">{forms.periodEnds}</li>
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
          action={forms.period.action}
          hidden={forms.period.hidden}
          idPrefix="periode"
          label={t("questions.periodTitle")}
          submitLabel={t("questions.periodSave")}
          fields={[
            {
              kind: "datetime-local",
              name: "closesAt",
              label: forms.period.label,
              defaultValue: forms.period.own ? toLocalInputValue(forms.period.own) : "",
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
          action={forms.newRound.action}
          hidden={forms.newRound.hidden}
          idPrefix="ronde"
          label={t("questions.newRound")}
          submitLabel={t("questions.createRound")}
          fields={[{ kind: "datetime-local", name: "plannedAt", label: t("questions.plannedAt") }]}
        />
      </section>
    </article>
  );
}

import Link from "next/link";
import { AnswerForm } from "@/components/questions/answer-form";
import { FieldActionForm } from "@/components/questions/field-action-form";
import { InlineActionForm } from "@/components/ui/inline-action-form";
import type { FormState } from "@/lib/http/form-state";
import { formatDateTime, t } from "@/lib/i18n";
import type { loadQuestionForOfficer } from "@/lib/questions/officer-reads";
import { questionDocument } from "@/lib/questions/round";
import { questionEditable } from "@/lib/questions/state-machine";

type Action = (s: FormState, f: FormData) => Promise<FormState>;
type Props = {
  loaded: Awaited<ReturnType<typeof loadQuestionForOfficer>>;
  back: { href: string; label: string };
  /** The message key of what was just done, from the address. */
  done: string | undefined;
  actions: { save: Action; merge: Action; decline: Action; reopen: Action };
};

const excerpt = (body: string) => (body.length > 80 ? `${body.slice(0, 77)}…` : body);

/** One question in the officers' workspace, of a consultation or of a trajectory as a whole. */
export function OfficerQuestionView({ loaded, back, done, actions }: Props) {
  const { q, askerName, providerName, round } = loaded;
  const editable = questionEditable(q, round);
  return (
    <article className="inkoop-stack">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href={back.href}>
          {back.label}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{t("questions.editTitle")}</h1>
      {done ? (
        <div className="utrecht-alert utrecht-alert--ok" role="status">
          <p className="utrecht-paragraph">{t(done)}</p>
        </div>
      ) : null}
      <section aria-labelledby="origineel" className="inkoop-card">
        <h2 id="origineel" className="utrecht-heading-2">
          {t("questions.original")}
        </h2>
        <p className="utrecht-paragraph">
          <strong>{t(`questions.state_${q.state}`)}</strong> ·{" "}
          {providerName
            ? t("questions.askerLine", { name: askerName, provider: providerName })
            : t("questions.askerPerson", { name: askerName })}{" "}
          · {formatDateTime(q.askedAt)}
        </p>
        {q.body.split("\n").map((line, i) => (
          <p key={i} className="utrecht-paragraph" data-testid="original-question">
            {line}
          </p>
        ))}
        {q.state === "declined" && q.declineReason ? (
          <p className="utrecht-paragraph">{t("questions.declinedBecause", { reason: q.declineReason })}</p>
        ) : null}
      </section>
      {q.state === "received" || q.state === "answered" ? (
        <AnswerForm
          questionId={q.id}
          revision={q.revision}
          publicQuestion={q.publicQuestion ?? questionDocument(q.body)}
          questionDismissed={q.questionDismissed}
          answer={q.answer}
          answerDismissed={q.answerDismissed}
          fixed={q.answerState === "final"}
          changeId={q.changeId ?? ""}
          changes={
            loaded.subject.consultationId
              ? loaded.changes.map((c) => ({ id: c.id, label: `${formatDateTime(c.changedAt)}: ${c.summary}` }))
              : null
          }
          options={loaded.options}
          readOnly={!editable}
          action={actions.save}
        />
      ) : null}
      {q.state === "received" && editable ? (
        <>
          <section aria-labelledby="samenvoegen" className="inkoop-card">
            <h2 id="samenvoegen" className="utrecht-heading-2">
              {t("questions.mergeTitle")}
            </h2>
            <FieldActionForm
              action={actions.merge}
              hidden={{ questionId: q.id }}
              idPrefix="samenvoegen"
              label={t("questions.mergeTitle")}
              submitLabel={t("questions.merge")}
              fields={[
                {
                  kind: "select",
                  name: "intoId",
                  label: t("questions.mergeInto"),
                  options: loaded.mergeTargets.map((o, i) => ({ value: o.id, label: `${i + 1}. ${excerpt(o.body)}` })),
                },
              ]}
            />
          </section>
          <section aria-labelledby="afwijzen" className="inkoop-card">
            <h2 id="afwijzen" className="utrecht-heading-2">
              {t("questions.declineTitle")}
            </h2>
            <FieldActionForm
              action={actions.decline}
              hidden={{ questionId: q.id }}
              idPrefix="afwijzen"
              label={t("questions.declineTitle")}
              submitLabel={t("questions.decline")}
              fields={[{ kind: "textarea", name: "reason", label: t("questions.declineReason") }]}
            />
          </section>
        </>
      ) : null}
      {q.state === "merged" || q.state === "declined" ? (
        <InlineActionForm
          action={actions.reopen}
          hidden={{ questionId: q.id }}
          submitLabel={t("questions.reopen")}
          label={t("questions.reopen")}
        />
      ) : null}
    </article>
  );
}

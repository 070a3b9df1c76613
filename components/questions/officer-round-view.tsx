import Link from "next/link";
import { FieldActionForm } from "@/components/questions/field-action-form";
import { InlineActionForm } from "@/components/ui/inline-action-form";
import type { FormState } from "@/lib/http/form-state";
import { formatDateTime, t } from "@/lib/i18n";
import type { loadRoundForOfficer } from "@/lib/questions/officer-reads";

type Action = (s: FormState, f: FormData) => Promise<FormState>;
type Props = {
  loaded: Awaited<ReturnType<typeof loadRoundForOfficer>>;
  /** The officers' questions page and the public one of the same subject. */
  base: string;
  publicBase: string;
  backLabel: string;
  /** Whether the actor may approve (four eyes), from the policy. */
  mayReview: boolean;
  published: { version: number; notified: number } | null;
  actions: { membership: Action; submit: Action; review: Action; publish: Action; reopen: Action };
};

const excerpt = (body: string) => (body.length > 160 ? `${body.slice(0, 157)}…` : body);

/** A round of the nota van inlichtingen in the officers' workspace, for a consultation or a trajectory. */
export function OfficerRoundView({ loaded, base, publicBase, backLabel, mayReview, published, actions }: Props) {
  const { round, title, items, versions, candidates } = loaded;
  return (
    <article className="inkoop-stack">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href={base}>
          {backLabel}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{t("questions.roundTitle", { number: round.number, title })}</h1>
      <p className="utrecht-paragraph" data-testid="round-state">
        <strong>{t(`questions.roundState_${round.state}`)}</strong> ·{" "}
        {round.plannedAt
          ? t("questions.roundPlanned", { at: formatDateTime(round.plannedAt) })
          : t("questions.roundNotPlanned")}
      </p>
      {published ? (
        <div className="utrecht-alert utrecht-alert--ok" role="status">
          <p className="utrecht-paragraph">{t("questions.publishedRound", { number: round.number, ...published })}</p>
        </div>
      ) : null}
      {round.reviewRemarks ? (
        <p className="utrecht-paragraph">{t("questions.reviewRemarks", { remarks: round.reviewRemarks })}</p>
      ) : null}
      <section aria-labelledby="in-ronde">
        <h2 id="in-ronde" className="utrecht-heading-2">
          {t("questions.roundItems")}
        </h2>
        {items.length === 0 ? <p className="utrecht-paragraph">{t("questions.roundNoItems")}</p> : null}
        <ol className="utrecht-ordered-list" data-testid="round-items">
          {items.map((q) => (
            <li key={q.id} className="utrecht-ordered-list__item">
              <Link className="utrecht-link" href={`${base}/${q.id}`}>
                {excerpt(q.body)}
              </Link>{" "}
              ({t(`questions.answer_${q.answerState}`)})
              {round.state === "draft" && q.state === "received" ? (
                <InlineActionForm
                  action={actions.membership}
                  hidden={{ roundId: round.id, questionId: q.id, intent: "remove" }}
                  submitLabel={t("questions.removeFromRound")}
                  label={`${t("questions.removeFromRound")}: ${excerpt(q.body)}`}
                />
              ) : null}
            </li>
          ))}
        </ol>
      </section>
      {round.state === "draft" ? (
        <section aria-labelledby="kandidaten">
          <h2 id="kandidaten" className="utrecht-heading-2">
            {t("questions.roundCandidates")}
          </h2>
          <ul className="utrecht-unordered-list" data-testid="round-candidates">
            {candidates.map((q) => (
              <li key={q.id} className="utrecht-unordered-list__item">
                <Link className="utrecht-link" href={`${base}/${q.id}`}>
                  {excerpt(q.body)}
                </Link>{" "}
                ({t(`questions.answer_${q.answerState}`)})
                <InlineActionForm
                  action={actions.membership}
                  hidden={{ roundId: round.id, questionId: q.id, intent: "add" }}
                  submitLabel={t("questions.addToRound")}
                  label={`${t("questions.addToRound")}: ${excerpt(q.body)}`}
                />
              </li>
            ))}
          </ul>
          <InlineActionForm
            action={actions.submit}
            hidden={{ roundId: round.id }}
            submitLabel={t("questions.submitRound")}
            label={t("questions.submitRound")}
            variant="primary"
          />
        </section>
      ) : null}
      {round.state === "submitted" || round.state === "approved" ? (
        <section aria-labelledby="beoordelen" className="inkoop-card">
          <h2 id="beoordelen" className="utrecht-heading-2">
            {t("questions.reviewRound")}
          </h2>
          {round.state === "submitted" && !mayReview ? (
            <p className="utrecht-paragraph">{t("questions.approverTouched")}</p>
          ) : null}
          <FieldActionForm
            action={actions.review}
            hidden={{ roundId: round.id }}
            idPrefix="beoordelen"
            label={t("questions.reviewRound")}
            submitLabel={t("questions.reviewRound")}
            fields={[
              {
                kind: "select",
                name: "decision",
                label: t("minutes.decision"),
                options: [
                  ...(round.state === "submitted" ? [{ value: "approve", label: t("minutes.decision_approve") }] : []),
                  { value: "send_back", label: t("minutes.decision_send_back") },
                ],
              },
              { kind: "textarea", name: "remarks", label: t("minutes.remarks") },
            ]}
          />
        </section>
      ) : null}
      {round.state === "approved" ? (
        <section aria-labelledby="publiceren" className="inkoop-card">
          <h2 id="publiceren" className="utrecht-heading-2">
            {t("questions.publishRound")}
          </h2>
          <FieldActionForm
            action={actions.publish}
            hidden={{ roundId: round.id }}
            idPrefix="publiceren"
            label={t("questions.publishRound")}
            submitLabel={t("questions.publishRound")}
            variant="primary"
            fields={
              versions.length > 0
                ? [
                    {
                      kind: "textarea",
                      name: "changeNote",
                      label: t("minutes.changeNote"),
                      description: t("minutes.changeNoteHint"),
                    },
                  ]
                : []
            }
          />
        </section>
      ) : null}
      {versions.length > 0 ? (
        <section aria-labelledby="versies">
          <h2 id="versies" className="utrecht-heading-2">
            {t("questions.versionsTitle")}
          </h2>
          <ul className="utrecht-unordered-list">
            {versions.map((v) => (
              <li key={v.version} className="utrecht-unordered-list__item">
                <Link className="utrecht-link" href={`${publicBase}/ronde/${round.number}`}>
                  {t("questions.versionLink", { version: v.version, at: formatDateTime(v.publishedAt) })}
                </Link>
                {v.changeNote ? ` — ${v.changeNote}` : ""}
              </li>
            ))}
          </ul>
          {round.state === "published" ? (
            <InlineActionForm
              action={actions.reopen}
              hidden={{ roundId: round.id }}
              submitLabel={t("questions.correctRound")}
              label={t("questions.correctRound")}
            />
          ) : null}
        </section>
      ) : null}
    </article>
  );
}

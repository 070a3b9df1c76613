import { DataRow } from "@/components/ui/data-row";
import type { ConsultationDetail } from "@/lib/consultation/reads";
import { DocumentList } from "@/components/trajectory/document-list";
import { MinutesHtml } from "@/components/minutes/minutes-html";
import { RichTextView } from "@/components/ui/rich-text-view";
import { renderPublishedMinutes } from "@/lib/rich-text/render";
import type { ConsultationState } from "@/lib/consultation/constants";
import { formatDateTime, t } from "@/lib/i18n";

/** What a consultation is about, how it is set up, and its questions: the same for everyone who may see it. */
type Attachment = { id: string; title: string; sizeBytes: number };
type Change = { id: string; summary: string; changedAt: Date };

export function ConsultationSummary({
  consultation: c,
  state,
  attachments,
  changes,
}: {
  consultation: ConsultationDetail;
  state: ConsultationState;
  attachments: Attachment[];
  changes: Change[];
}) {
  return (
    <>
      <dl className="utrecht-data-list utrecht-data-list--rows">
        <DataRow label={t("consultation.state")}>{t(`consultation.state_${state}`)}</DataRow>
        <DataRow label={t("consultation.trajectory")}>
          {c.trajectoryTitle} — {t(`phase.${c.phase}`)}
        </DataRow>
        <DataRow label={t("consultation.audience")}>{t(`consultation.audience_${c.audience}`)}</DataRow>
        <DataRow label={t("consultation.settings")}>
          {t(`consultation.openness_${c.openness}`)}; {t(`consultation.form_${c.form}`)};{" "}
          {t(`consultation.interaction_${c.interaction}`)}
        </DataRow>
        <DataRow label={t("consultation.period")}>
          {t("consultation.window", { opens: formatDateTime(c.opensAt), closes: formatDateTime(c.closesAt) })}
        </DataRow>
      </dl>
      {c.feedback && c.feedbackPublishedAt ? (
        <section aria-labelledby="terugkoppeling-gepubliceerd" className="inkoop-card">
          <h2 id="terugkoppeling-gepubliceerd" className="utrecht-heading-2">
            {t("consultation.feedbackTitle")}
          </h2>
          <p className="utrecht-paragraph inkoop-muted">
            {t("consultation.feedbackPublishedOn", { at: formatDateTime(c.feedbackPublishedAt) })}
          </p>
          {/* The copy that passed the publication gate: labels stand in for redacted passages. */}
          <MinutesHtml html={renderPublishedMinutes(c.feedback)} />
        </section>
      ) : null}
      <RichTextView doc={c.introduction} />
      {changes.length ? (
        <section aria-labelledby="wijzigingen">
          <h2 id="wijzigingen" className="utrecht-heading-2">
            {t("consultation.changesTitle")}
          </h2>
          <ul className="utrecht-unordered-list">
            {changes.map((ch) => (
              <li key={ch.id} className="utrecht-unordered-list__item">
                {formatDateTime(ch.changedAt)}: {ch.summary}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {attachments.length ? (
        <section aria-labelledby="bijlagen">
          <h2 id="bijlagen" className="utrecht-heading-2">
            {t("consultation.attachments")}
          </h2>
          <DocumentList documents={attachments} />
        </section>
      ) : null}
      <section aria-labelledby="vragen">
        <h2 id="vragen" className="utrecht-heading-2">
          {t("consultation.questions")}
        </h2>
        <ol className="utrecht-ordered-list">
          {c.questions.map((q) => (
            <li key={q.id} className="utrecht-ordered-list__item">
              <strong>{q.prompt}</strong>{" "}
              <span className="inkoop-muted">
                ({t(`consultation.kind_${q.kind}`)},{" "}
                {q.required ? t("consultation.required") : t("consultation.optional")})
              </span>
              {q.helpText ? <p className="utrecht-paragraph inkoop-muted">{q.helpText}</p> : null}
              {q.options.length ? (
                <ul className="utrecht-unordered-list">
                  {q.options.map((o) => (
                    <li key={o} className="utrecht-unordered-list__item">
                      {o}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

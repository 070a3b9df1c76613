import { getDb } from "@/db/client";
import { FeedbackForm } from "@/components/consultation/feedback-form";
import { ReviewForm } from "@/components/minutes/review-form";
import { InlineActionForm } from "@/components/ui/inline-action-form";
import type { Actor } from "@/lib/auth/actor";
import { loadFeedbackDraftForOfficer } from "@/lib/consultation/feedback-reads";
import { t } from "@/lib/i18n";
import { publishFeedbackAction, reviewFeedbackAction, saveFeedbackAction, submitFeedbackAction } from "../actions";

type Props = { actor: Actor; consultation: { id: string; trajectoryId: string } };

/**
 * The feedback of a closed consultation, in four eyes: one officer writes and submits, a colleague who
 * did not touch it approves or sends it back, then it is published through the gate.
 */
export async function FeedbackSection({ actor, consultation }: Props) {
  const { draft, options, mayReview, touchedByMe } = await loadFeedbackDraftForOfficer(
    await getDb(),
    actor,
    consultation,
  );
  const hidden = { consultationId: consultation.id };
  const status = draft?.status ?? "none";
  return (
    <section className="inkoop-card inkoop-stack" aria-labelledby="terugkoppeling" data-testid="feedback-section">
      <h2 id="terugkoppeling" className="utrecht-heading-2">
        {t("consultation.feedbackTitle")}
      </h2>
      <p className="utrecht-paragraph">{t("consultation.feedbackHint")}</p>
      <p className="utrecht-paragraph" data-testid="feedback-status">
        <strong>
          {t(`consultation.feedbackStatus_${status}`, {
            revision: draft?.revision ?? 0,
            name: (status === "approved" ? draft?.reviewedBy : draft?.submittedBy) ?? "",
          })}
        </strong>
      </p>
      {draft?.touchedBy.length ? (
        <p className="utrecht-paragraph">
          {t("consultation.feedbackTouchedBy", { names: draft.touchedBy.join(", ") })}
        </p>
      ) : null}
      {draft?.status === "draft" && draft.reviewRemarks ? (
        <div className="utrecht-alert utrecht-alert--warning" role="note">
          <p className="utrecht-paragraph">
            {t("consultation.feedbackRemarksFromReviewer", { remarks: draft.reviewRemarks })}
          </p>
        </div>
      ) : null}
      <FeedbackForm
        consultationId={consultation.id}
        revision={draft?.revision ?? 0}
        initial={draft?.document ?? null}
        dismissed={draft?.dismissedFindings ?? []}
        options={options}
        readOnly={draft?.status === "in_review"}
        action={saveFeedbackAction}
      />
      {draft?.status === "draft" ? (
        <>
          <p className="utrecht-paragraph">{t("consultation.feedbackSubmitHint")}</p>
          <InlineActionForm
            action={submitFeedbackAction}
            hidden={hidden}
            submitLabel={t("consultation.feedbackSubmit")}
            label={t("consultation.feedbackSubmit")}
          />
        </>
      ) : null}
      {draft?.status === "in_review" ? (
        mayReview ? (
          <ReviewForm hidden={hidden} action={reviewFeedbackAction} submitLabel={t("consultation.feedbackReview")} />
        ) : touchedByMe ? (
          <p className="utrecht-paragraph">{t("consultation.feedbackWaitForColleague")}</p>
        ) : null
      ) : null}
      {draft?.status === "approved" ? (
        <InlineActionForm
          action={publishFeedbackAction}
          hidden={hidden}
          submitLabel={t("consultation.publishFeedback")}
          label={t("consultation.publishFeedback")}
          variant="primary"
          confirm={{
            question: t("confirm.feedbackQuestion"),
            consequence: t("confirm.feedbackConsequence"),
            confirmLabel: t("confirm.feedbackConfirm"),
          }}
        />
      ) : null}
    </section>
  );
}

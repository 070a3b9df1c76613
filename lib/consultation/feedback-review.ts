import { eq } from "drizzle-orm";
import { consultationFeedbackDrafts, consultations } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { DomainRuleError, NotFoundError } from "@/lib/errors";
import { t } from "@/lib/i18n";
import { notifyUsers } from "@/lib/messaging/outbox";
import { gateRefusalMessage } from "@/lib/minutes/gate-messages";
import { can } from "@/lib/policy";
import { applyRedactions } from "@/lib/redaction/apply";
import { oversize } from "@/lib/redaction/gate";
import { reviewFindings } from "@/lib/redaction/review";
import type { RichTextDoc } from "@/lib/rich-text/schema";
import { feedbackDetectionOptions } from "./feedback-context";
import { effectiveState } from "./state-machine";
import { withToucher } from "@/lib/review/four-eyes";
import { otherActiveOfficers } from "@/lib/notifications/officers";

type Ctx = WriteContext & { actor: Actor };
export type FeedbackDraftRow = typeof consultationFeedbackDrafts.$inferSelect;

const feedbackPath = (origin: string, id: string) => `${origin}/beheer/consultaties/${id}#terugkoppeling`;

/** Locks the consultation (the order every feedback write takes) and reads its working copy. */
export async function lockConsultationAndFeedback(tx: Executor, consultationId: string) {
  const [consultation] = await tx
    .select()
    .from(consultations)
    .where(eq(consultations.id, consultationId))
    .for("update");
  if (!consultation) throw new NotFoundError("consultation");
  const [draft] = await tx
    .select()
    .from(consultationFeedbackDrafts)
    .where(eq(consultationFeedbackDrafts.consultationId, consultationId));
  return { consultation, draft: draft ?? null };
}

/**
 * Saves the working copy of the feedback. A save based on an older revision is a conflict, never an
 * overwrite; saving approved feedback voids the approval, and feedback under review cannot change.
 */
export async function saveFeedbackDraft(
  ctx: Ctx,
  input: { consultationId: string; revision: number; feedback: RichTextDoc; dismissedFindings: readonly string[] },
  now = new Date(),
): Promise<{ revision: number; approvalVoided: boolean }> {
  return ctx.db.transaction(async (tx) => {
    const { consultation, draft } = await lockConsultationAndFeedback(tx, input.consultationId);
    if (effectiveState(consultation, now) !== "closed") throw new DomainRuleError(t("consultation.feedbackNotYet"));
    if (draft?.status === "in_review") throw new DomainRuleError(t("consultation.feedbackLockedInReview"));
    if ((draft?.revision ?? 0) !== input.revision) throw new DomainRuleError(t("consultation.feedbackConflict"));
    const revision = (draft?.revision ?? 0) + 1;
    const fields = {
      document: input.feedback,
      dismissedFindings: [...input.dismissedFindings],
      status: "draft" as const,
      revision,
      touchedBy: withToucher(draft?.touchedBy, ctx.actor.id),
      updatedBy: ctx.actor.id,
      updatedAt: now,
      reviewedBy: null,
      reviewedAt: null,
    };
    if (draft)
      await tx
        .update(consultationFeedbackDrafts)
        .set(fields)
        .where(eq(consultationFeedbackDrafts.consultationId, consultation.id));
    else await tx.insert(consultationFeedbackDrafts).values({ ...fields, consultationId: consultation.id });
    // The audit says which grounds were used how often, never the redacted text.
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "consultation.save_feedback",
        objectType: "consultation",
        objectId: consultation.id,
        trajectoryId: consultation.trajectoryId,
        details: {
          revision,
          redactions: applyRedactions(input.feedback).grounds,
          dismissed: input.dismissedFindings.length,
        },
      },
    );
    return { revision, approvalVoided: draft?.status === "approved" };
  });
}

/** The author hands the feedback to a colleague; refused while a suggestion waits for a decision. */
export async function submitFeedback(ctx: Ctx, consultationId: string, origin: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { consultation, draft } = await lockConsultationAndFeedback(tx, consultationId);
    if (!draft) throw new DomainRuleError(t("consultation.feedbackNothingSaved"));
    if (draft.status !== "draft") throw new DomainRuleError(t("consultation.feedbackNotDraft"));
    const tooLarge = oversize(draft.document);
    if (tooLarge) throw new DomainRuleError(gateRefusalMessage({ reason: "too_large", ...tooLarge }));
    const options = await feedbackDetectionOptions(tx, consultation);
    const open = reviewFindings(draft.document, options, draft.dismissedFindings).filter((f) => f.status === "open");
    if (open.length) throw new DomainRuleError(t("consultation.feedbackOpenFindings", { count: open.length }));
    await tx
      .update(consultationFeedbackDrafts)
      .set({
        status: "in_review",
        submittedBy: ctx.actor.id,
        submittedAt: new Date(),
        reviewRemarks: null,
        touchedBy: withToucher(draft?.touchedBy, ctx.actor.id),
      })
      .where(eq(consultationFeedbackDrafts.consultationId, consultation.id));
    await notifyUsers(tx, await otherActiveOfficers(tx, ctx.actor.id), {
      subject: t("consultation.feedbackReviewSubject", { title: consultation.title }),
      body: t("consultation.feedbackReviewBody", { title: consultation.title, name: ctx.actor.name }),
      link: feedbackPath(origin, consultation.id),
    });
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "consultation.submit_feedback",
        objectType: "consultation",
        objectId: consultation.id,
        trajectoryId: consultation.trajectoryId,
      },
    );
  });
}

/**
 * Four eyes: an officer who did not write, redact or submit the feedback approves it, or sends it back
 * with remarks. Checked on the locked row, so a save racing the review cannot slip an author in.
 */
export async function reviewFeedback(
  ctx: Ctx,
  input: { consultationId: string; decision: "approve" | "send_back"; remarks: string },
  origin: string,
): Promise<void> {
  const refusal = await ctx.db.transaction(async (tx) => {
    const { consultation, draft } = await lockConsultationAndFeedback(tx, input.consultationId);
    if (!draft) throw new NotFoundError("feedback");
    if (!can(ctx.actor, "feedback.review", { submittedBy: draft.submittedBy, touchedBy: draft.touchedBy })) {
      const reason =
        draft.submittedBy === null
          ? "not_submitted"
          : draft.submittedBy === ctx.actor.id
            ? "own_feedback"
            : "touched_feedback";
      return { reason, trajectoryId: consultation.trajectoryId };
    }
    if (draft.status !== "in_review") throw new DomainRuleError(t("consultation.feedbackNotInReview"));
    const approve = input.decision === "approve";
    await tx
      .update(consultationFeedbackDrafts)
      .set({
        status: approve ? "approved" : "draft",
        reviewedBy: ctx.actor.id,
        reviewedAt: new Date(),
        reviewRemarks: approve ? null : input.remarks,
      })
      .where(eq(consultationFeedbackDrafts.consultationId, consultation.id));
    if (!approve && draft.submittedBy)
      await notifyUsers(tx, [draft.submittedBy], {
        subject: t("consultation.feedbackSentBackSubject", { title: consultation.title }),
        body: input.remarks,
        link: feedbackPath(origin, consultation.id),
      });
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: approve ? "consultation.approve_feedback" : "consultation.send_back_feedback",
        objectType: "consultation",
        objectId: consultation.id,
        trajectoryId: consultation.trajectoryId,
      },
    );
    return null;
  });
  if (!refusal) return;
  // Audited after the transaction, which changed nothing.
  await recordAudit(ctx, {
    action: "consultation.review_feedback",
    objectType: "consultation",
    objectId: input.consultationId,
    trajectoryId: refusal.trajectoryId,
    result: "denied",
    details: { reason: refusal.reason },
  });
  throw new DomainRuleError(
    t(
      refusal.reason === "own_feedback"
        ? "consultation.feedbackOwn"
        : refusal.reason === "touched_feedback"
          ? "consultation.feedbackTouched"
          : "consultation.feedbackNotInReview",
    ),
  );
}

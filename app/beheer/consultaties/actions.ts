"use server";

import { revalidatePath } from "next/cache";
import { editConsultation } from "@/lib/consultation/edit";
import { closeConsultationNow, publishFeedback } from "@/lib/consultation/feedback";
import {
  inviteParticipants,
  createConsultation,
  publishConsultation,
  remindNonResponders,
} from "@/lib/consultation/writes";
import { consultationEditInput, consultationInput, invitationInput, publishInput } from "@/lib/consultation/validation";
import { feedbackIdInput, feedbackInput, feedbackReviewInput } from "@/lib/consultation/feedback-validation";
import { reviewFeedback, saveFeedbackDraft, submitFeedback } from "@/lib/consultation/feedback-review";
import { formAction } from "@/lib/http/form-action";
import { siteUrl } from "@/lib/http/site-url";
import { t } from "@/lib/i18n";

export const createConsultationAction = formAction({
  permission: "consultation.administer",
  schema: consultationInput,
  run: async (ctx, input) => {
    const { id } = await createConsultation(ctx, input);
    return { redirectTo: `/beheer/consultaties/${id}?nieuw=1` };
  },
});

export const publishConsultationAction = formAction({
  permission: "consultation.administer",
  schema: publishInput,
  confirm: true,
  run: async (ctx, input) => {
    await publishConsultation(ctx, input.consultationId, siteUrl());
    // The publish form disappears with the draft state, so the confirmation travels in the URL.
    return { redirectTo: `/beheer/consultaties/${input.consultationId}?gepubliceerd=1` };
  },
});

export const inviteAction = formAction({
  permission: "consultation.administer",
  schema: invitationInput,
  arrayFields: ["providerIds", "userIds"],
  run: async (ctx, input) => {
    const count = await inviteParticipants(ctx, input, siteUrl());
    revalidatePath(`/beheer/consultaties/${input.consultationId}`);
    return { message: count ? t("consultation.invited", { count }) : t("consultation.allInvited") };
  },
});

export const closeConsultationAction = formAction({
  permission: "consultation.administer",
  schema: publishInput,
  confirm: true,
  run: async (ctx, input) => {
    await closeConsultationNow(ctx, input.consultationId);
    return { redirectTo: `/beheer/consultaties/${input.consultationId}?gesloten=1` };
  },
});

export const saveFeedbackAction = formAction({
  permission: "consultation.administer",
  schema: feedbackInput,
  run: async (ctx, input) => {
    const { approvalVoided } = await saveFeedbackDraft(ctx, input);
    revalidatePath(`/beheer/consultaties/${input.consultationId}`);
    return { message: t(approvalVoided ? "consultation.feedbackApprovalVoided" : "consultation.feedbackSaved") };
  },
});

export const submitFeedbackAction = formAction({
  permission: "consultation.administer",
  schema: feedbackIdInput,
  run: async (ctx, input) => {
    await submitFeedback(ctx, input.consultationId, siteUrl());
    revalidatePath(`/beheer/consultaties/${input.consultationId}`);
    return { message: t("consultation.feedbackSubmitted") };
  },
});

// Who may approve is decided in the domain on the locked row (four eyes), and audited when refused.
export const reviewFeedbackAction = formAction({
  permission: "consultation.administer",
  schema: feedbackReviewInput,
  run: async (ctx, input) => {
    await reviewFeedback(ctx, input, siteUrl());
    revalidatePath(`/beheer/consultaties/${input.consultationId}`);
    return { message: t("consultation.feedbackReviewed") };
  },
});

export const publishFeedbackAction = formAction({
  permission: "consultation.administer",
  schema: feedbackIdInput,
  confirm: true,
  run: async (ctx, input) => {
    await publishFeedback(ctx, input, siteUrl());
    return { redirectTo: `/beheer/consultaties/${input.consultationId}?terugkoppeling=1` };
  },
});

export const remindAction = formAction({
  permission: "consultation.administer",
  schema: publishInput,
  run: async (ctx, input) => {
    const sent = await remindNonResponders(ctx, input.consultationId, siteUrl());
    revalidatePath(`/beheer/consultaties/${input.consultationId}`);
    return { message: t("consultation.reminded", { count: sent }) };
  },
});

export const editConsultationAction = formAction({
  permission: "consultation.administer",
  schema: consultationEditInput,
  run: async (ctx, input) => {
    await editConsultation(ctx, input, siteUrl());
    return { redirectTo: `/beheer/consultaties/${input.consultationId}?gewijzigd=1` };
  },
});

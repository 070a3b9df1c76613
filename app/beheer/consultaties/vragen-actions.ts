"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/http/form-action";
import { siteUrl } from "@/lib/http/site-url";
import { t } from "@/lib/i18n";
import { declineQuestion, mergeQuestion, reopenQuestion, saveAnswer } from "@/lib/questions/answer-writes";
import { setQuestionPeriod } from "@/lib/questions/period-writes";
import { publishRound } from "@/lib/questions/publish";
import { createRound, reopenRound, reviewRound, setRoundMembership, submitRound } from "@/lib/questions/round-writes";
import {
  createRoundInput,
  declineQuestionInput,
  mergeQuestionInput,
  publishRoundInput,
  questionIdInput,
  questionPeriodInput,
  reviewRoundInput,
  roundIdInput,
  roundMembershipInput,
  saveAnswerInput,
} from "@/lib/questions/validation";

const refresh = () => revalidatePath("/beheer/consultaties/[id]/vragen", "layout");

export const saveAnswerAction = formAction({
  permission: "question.administer",
  schema: saveAnswerInput,
  run: async (ctx, input) => {
    const { consultationId } = await saveAnswer(ctx, input);
    // A new revision renders fresh editors, so the confirmation travels in the URL.
    return { redirectTo: `/beheer/consultaties/${consultationId}/vragen/${input.questionId}?opgeslagen=1` };
  },
});

export const mergeQuestionAction = formAction({
  permission: "question.administer",
  schema: mergeQuestionInput,
  run: async (ctx, input) => {
    await mergeQuestion(ctx, input);
    refresh();
    return { message: t("questions.merged") };
  },
});

export const declineQuestionAction = formAction({
  permission: "question.administer",
  schema: declineQuestionInput,
  run: async (ctx, input) => {
    await declineQuestion(ctx, input);
    refresh();
    return { message: t("questions.declined") };
  },
});

export const reopenQuestionAction = formAction({
  permission: "question.administer",
  schema: questionIdInput,
  run: async (ctx, input) => {
    await reopenQuestion(ctx, input.questionId);
    refresh();
    return { message: t("questions.reopened") };
  },
});

export const setQuestionPeriodAction = formAction({
  permission: "question.administer",
  schema: questionPeriodInput,
  run: async (ctx, input) => {
    await setQuestionPeriod(ctx, input);
    refresh();
    return { message: t("questions.periodSaved") };
  },
});

export const createRoundAction = formAction({
  permission: "question.administer",
  schema: createRoundInput,
  run: async (ctx, input) => {
    const { id } = await createRound(ctx, input);
    return { redirectTo: `/beheer/consultaties/${input.consultationId}/vragen/ronde/${id}` };
  },
});

export const roundMembershipAction = formAction({
  permission: "question.administer",
  schema: roundMembershipInput,
  run: async (ctx, input) => {
    await setRoundMembership(ctx, input);
    refresh();
  },
});

export const submitRoundAction = formAction({
  permission: "question.administer",
  schema: roundIdInput,
  run: async (ctx, input) => {
    await submitRound(ctx, input.roundId);
    refresh();
    return { message: t("questions.submitted") };
  },
});

export const reviewRoundAction = formAction({
  permission: "question.administer",
  schema: reviewRoundInput,
  run: async (ctx, input) => {
    await reviewRound(ctx, input);
    refresh();
    return { message: t("questions.reviewed") };
  },
});

export const publishRoundAction = formAction({
  permission: "question.administer",
  schema: publishRoundInput,
  run: async (ctx, input) => {
    const { number, version, notified } = await publishRound(ctx, input, siteUrl());
    refresh();
    return { message: t("questions.publishedRound", { number, version, notified }) };
  },
});

export const reopenRoundAction = formAction({
  permission: "question.administer",
  schema: roundIdInput,
  run: async (ctx, input) => {
    await reopenRound(ctx, input.roundId);
    refresh();
    return { message: t("questions.reopenedRound") };
  },
});

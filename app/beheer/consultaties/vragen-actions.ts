"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/http/form-action";
import { siteUrl } from "@/lib/http/site-url";
import { t } from "@/lib/i18n";
import { declineQuestion, mergeQuestion, reopenQuestion, saveAnswer } from "@/lib/questions/answer-writes";
import { setQuestionPeriod } from "@/lib/questions/period-writes";
import { publishRound } from "@/lib/questions/publish";
import { officerQuestionsPath, type QuestionSubject } from "@/lib/questions/subject";
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

// Questions and rounds of a consultation and of a trajectory as a whole share these actions.
const refresh = () => {
  revalidatePath("/beheer/consultaties/[id]/vragen", "layout");
  revalidatePath("/beheer/trajecten/[id]/vragen", "layout");
};
// The question's forms change with its state, so the confirmation travels in the URL.
const questionPage = (subject: QuestionSubject, questionId: string, done: string) =>
  `${officerQuestionsPath(subject)}/${questionId}?gedaan=${done}`;

export const saveAnswerAction = formAction({
  permission: "question.administer",
  schema: saveAnswerInput,
  run: async (ctx, input) => {
    const subject = await saveAnswer(ctx, input);
    // A new revision renders fresh editors.
    return { redirectTo: questionPage(subject, input.questionId, "opgeslagen") };
  },
});

export const mergeQuestionAction = formAction({
  permission: "question.administer",
  schema: mergeQuestionInput,
  run: async (ctx, input) => {
    const subject = await mergeQuestion(ctx, input);
    return { redirectTo: questionPage(subject, input.questionId, "samengevoegd") };
  },
});

export const declineQuestionAction = formAction({
  permission: "question.administer",
  schema: declineQuestionInput,
  run: async (ctx, input) => {
    const subject = await declineQuestion(ctx, input);
    return { redirectTo: questionPage(subject, input.questionId, "afgewezen") };
  },
});

export const reopenQuestionAction = formAction({
  permission: "question.administer",
  schema: questionIdInput,
  run: async (ctx, input) => {
    const subject = await reopenQuestion(ctx, input.questionId);
    return { redirectTo: questionPage(subject, input.questionId, "heropend") };
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
    const { version, notified, ...subject } = await publishRound(ctx, input, siteUrl());
    // The publish form is gone once the round is published, so the confirmation travels in the URL.
    const page = `${officerQuestionsPath(subject)}/ronde/${input.roundId}`;
    return { redirectTo: `${page}?versie=${version}&ontvangers=${notified}` };
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

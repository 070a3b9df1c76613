import { z } from "zod";
import { t } from "@/lib/i18n";
import { dismissedField, documentField } from "@/lib/minutes/validation";
import { boundedText, localMoment } from "@/lib/validation/fields";
import { MAX_QUESTION_LENGTH, MIN_QUESTION_LENGTH } from "./constants";

/** A question as typed: never cut short; a text too long comes back whole with its length. */
export const questionBody = z
  .string()
  .max(1_000_000, t("questions.bodyTooLong", { max: MAX_QUESTION_LENGTH, length: "1.000.000+" }))
  .transform((raw) => raw.replace(/\r\n/g, "\n").trim())
  .superRefine((body, ctx) => {
    if (body.length === 0) ctx.addIssue({ code: "custom", message: t("questions.bodyRequired") });
    else if (body.length < MIN_QUESTION_LENGTH)
      ctx.addIssue({ code: "custom", message: t("questions.bodyTooShort", { min: MIN_QUESTION_LENGTH }) });
    else if (body.length > MAX_QUESTION_LENGTH)
      ctx.addIssue({
        code: "custom",
        message: t("questions.bodyTooLong", { max: MAX_QUESTION_LENGTH, length: body.length }),
      });
  });

export const askQuestionInput = z.strictObject({ consultationId: z.uuid(), body: questionBody });
export type AskQuestionInput = z.output<typeof askQuestionInput>;

/**
 * The form's input: the text is checked in the domain, so that an empty or far too long question is
 * refused and audited like any other refusal, with the whole text kept in the field.
 */
export const askTrajectoryQuestionInput = z.strictObject({
  trajectoryId: z.uuid(),
  body: z.string().max(1_000_000).default(""),
});
export type AskTrajectoryQuestionInput = z.output<typeof askTrajectoryQuestionInput>;

export const questionIdInput = z.strictObject({ questionId: z.uuid() });

export const saveAnswerInput = z.strictObject({
  questionId: z.uuid(),
  revision: z.coerce.number().int().min(0),
  publicQuestion: documentField,
  questionDismissed: dismissedField,
  answer: documentField,
  answerDismissed: dismissedField,
  /** Fix the answer (vastgesteld) rather than keep it a draft. */
  fixed: z.enum(["0", "1"]).default("0"),
  changeId: z.union([z.uuid(), z.literal("")]).default(""),
});
export type SaveAnswerInput = z.output<typeof saveAnswerInput>;

export const mergeQuestionInput = z.strictObject({
  questionId: z.uuid(),
  intoId: z.uuid(t("questions.chooseMergeTarget")),
});

export const declineQuestionInput = z.strictObject({ questionId: z.uuid(), reason: boundedText(5, 1000) });

export const createRoundInput = z.strictObject({
  consultationId: z.uuid(),
  plannedAt: z.union([z.literal(""), localMoment]).default(""),
});

export const roundIdInput = z.strictObject({ roundId: z.uuid() });

export const roundMembershipInput = z.strictObject({
  roundId: z.uuid(),
  questionId: z.uuid(),
  intent: z.enum(["add", "remove"]),
});

export const reviewRoundInput = z
  .strictObject({
    roundId: z.uuid(),
    decision: z.enum(["approve", "send_back"], t("errors.invalidChoice")),
    remarks: z
      .string()
      .trim()
      .max(2000, t("errors.tooLong", { max: 2000 }))
      .default(""),
  })
  .refine((v) => v.decision === "approve" || v.remarks.length >= 5, {
    path: ["remarks"],
    message: t("minutes.remarksRequired"),
  });

export const publishRoundInput = z.strictObject({
  roundId: z.uuid(),
  changeNote: z
    .string()
    .trim()
    .max(1000, t("errors.tooLong", { max: 1000 }))
    .default(""),
});

export const questionPeriodInput = z.strictObject({
  consultationId: z.uuid(),
  closesAt: z.union([z.literal(""), localMoment]).default(""),
});

/** A round of the questions about a trajectory as a whole. */
export const createTrajectoryRoundInput = z.strictObject({
  trajectoryId: z.uuid(),
  plannedAt: z.union([z.literal(""), localMoment]).default(""),
});

export const trajectoryQuestionPeriodInput = z.strictObject({
  trajectoryId: z.uuid(),
  closesAt: z.union([z.literal(""), localMoment]).default(""),
});

import { z } from "zod";
import { t } from "@/lib/i18n";
import { dismissedField, documentField } from "@/lib/minutes/validation";
import { plainTextOf } from "@/lib/rich-text/schema";

/** Feedback is written like minutes: the officer redacts passages and decides on every suggestion. */
export const feedbackInput = z.strictObject({
  consultationId: z.uuid(),
  revision: z.coerce.number().int().min(0),
  feedback: documentField.refine((doc) => plainTextOf(doc).trim().length >= 20, t("consultation.feedbackTooShort")),
  dismissedFindings: dismissedField,
});
export type FeedbackInput = z.output<typeof feedbackInput>;

export const feedbackIdInput = z.strictObject({ consultationId: z.uuid() });

/** A second officer approves the feedback or sends it back with remarks. */
export const feedbackReviewInput = z
  .strictObject({
    consultationId: z.uuid(),
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

import { z } from "zod";
import { t } from "@/lib/i18n";
import { dismissedField, documentField } from "@/lib/minutes/validation";
import { plainTextOf } from "@/lib/rich-text/schema";

/** Feedback is written like minutes: the officer redacts passages and decides on every suggestion. */
export const feedbackInput = z.strictObject({
  consultationId: z.uuid(),
  feedback: documentField.refine((doc) => plainTextOf(doc).trim().length >= 20, t("consultation.feedbackTooShort")),
  dismissedFindings: dismissedField,
});
export type FeedbackInput = z.output<typeof feedbackInput>;

import { z } from "zod";
import { t } from "@/lib/i18n";
import { minutesDocSchema, parseRichTextField } from "@/lib/rich-text/schema";
import { boundedText, localMoment } from "@/lib/validation/fields";

const lines = (maxItems: number) =>
  z
    .string()
    .max(20_000, t("errors.tooLong", { max: 20_000 }))
    .default("")
    .transform((raw) => [
      ...new Set(
        raw
          .split(/\r?\n/)
          .map((l) => l.trim())
          .filter(Boolean),
      ),
    ])
    .refine((list) => list.length <= maxItems, t("minutes.tooManyLines", { max: maxItems }))
    .refine((list) => list.every((l) => l.length <= 200), t("minutes.lineTooLong"));

/** The working copy as the editor posts it: with redaction marks, each with a ground. */
export const documentField = z
  .string()
  .max(5_000_000, t("minutes.documentTooLarge"))
  .transform((raw, ctx) => {
    const parsed = parseRichTextField(raw, minutesDocSchema);
    if (!parsed.success) {
      // The schema's own Dutch message says what is wrong, e.g. a redaction without a ground.
      const own = parsed.error.issues.find((i) => !/^(Invalid|Too|Expected|Unrecognized)/.test(i.message));
      ctx.addIssue({ code: "custom", message: own?.message ?? t("minutes.documentInvalid") });
      return z.NEVER;
    }
    return parsed.data;
  });

/** Suggestions the officer decided not to redact, as the editor posts them. */
export const dismissedField = z
  .string()
  .max(200_000)
  .default("[]")
  .transform((raw, ctx) => {
    try {
      const list = z.array(z.string().max(500)).max(5000).parse(JSON.parse(raw));
      return [...new Set(list)];
    } catch {
      ctx.addIssue({ code: "custom", message: t("minutes.documentInvalid") });
      return z.NEVER;
    }
  });

export const minutesSaveInput = z.strictObject({
  meetingId: z.uuid(),
  revision: z.coerce.number().int().min(0),
  document: documentField,
  dismissedFindings: dismissedField,
  publicFigures: lines(100),
  confidentialTerms: lines(200),
});
export type MinutesSaveInput = z.output<typeof minutesSaveInput>;

export const minutesIdInput = z.strictObject({ meetingId: z.uuid() });

export const minutesReviewInput = z
  .strictObject({
    meetingId: z.uuid(),
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

export const attendeeCheckInput = z.strictObject({ meetingId: z.uuid(), deadline: localMoment });

export const minutesRemarkInput = z.strictObject({ meetingId: z.uuid(), body: boundedText(5, 2000) });

export const minutesPublishInput = z.strictObject({
  meetingId: z.uuid(),
  changeNote: z
    .string()
    .trim()
    .max(1000, t("errors.tooLong", { max: 1000 }))
    .default(""),
});

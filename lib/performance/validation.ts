import { z } from "zod";
import { t } from "@/lib/i18n";
import { boundedText } from "@/lib/validation/fields";
import { amsterdamDay } from "@/lib/time/amsterdam";
import { calendarDay, optionalText, wholeNumber } from "@/lib/contract/validation";
import { FREQUENCIES, sampleCheckProposesEscalation } from "./due-dates";

export const agreementInput = z
  .strictObject({
    contractId: z.uuid(),
    title: boundedText(5, 300),
    frequency: z.enum(FREQUENCIES, t("errors.invalidChoice")),
    firstDueOn: z.string().trim().default(""),
  })
  .transform((v, ctx) => {
    if (v.frequency === "on_request") return { ...v, firstDueOn: null };
    const parsed = calendarDay.safeParse(v.firstDueOn);
    if (!parsed.success) {
      ctx.addIssue({ code: "custom", path: ["firstDueOn"], message: t("agreement.firstDueRequired") });
      return z.NEVER;
    }
    return { ...v, firstDueOn: parsed.data };
  });

export const requestDeliveryInput = z.strictObject({ agreementId: z.uuid(), requestedDueOn: calendarDay });

export const deliveryInput = z.strictObject({
  agreementId: z.uuid(),
  // Set when the report answers a request for an interim report.
  interimRequestId: z.uuid().optional(),
  file: z.unknown().optional(),
});

export const interimRequestInput = z.strictObject({
  agreementId: z.uuid(),
  // Checked here as well as in the write, so the form names this problem together with the others.
  dueOn: calendarDay.refine((d) => d >= amsterdamDay(new Date()), t("agreement.requestInPast")),
  reason: boundedText(10, 2000),
});

export const sampleCheckInput = z
  .strictObject({
    contractId: z.uuid(),
    checkedOn: calendarDay,
    filesDrawn: wholeNumber(1, 100_000, t("agreement.filesInvalid")),
    filesFailing: wholeNumber(0, 100_000, t("agreement.filesInvalid")),
    note: optionalText(2000),
    // The planned escalation talk, used only when the sample opens step 1 (more than 10% failing).
    talkOn: z
      .string()
      .trim()
      .default("")
      .pipe(z.union([z.literal(""), calendarDay]))
      .transform((v) => v || null),
  })
  .superRefine((v, ctx) => {
    if (v.filesFailing > v.filesDrawn)
      ctx.addIssue({ code: "custom", path: ["filesFailing"], message: t("agreement.failingAboveDrawn") });
    else if (!v.talkOn && sampleCheckProposesEscalation(v.filesDrawn, v.filesFailing))
      ctx.addIssue({ code: "custom", path: ["talkOn"], message: t("agreement.sampleTalkRequired") });
  });

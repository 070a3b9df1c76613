import { z } from "zod";
import { t } from "@/lib/i18n";
import { parseRichTextField } from "@/lib/rich-text/schema";
import { boundedText, localMoment } from "@/lib/validation/fields";
import { PHASES } from "@/lib/trajectory/constants";
import { AUDIENCES, FORMS, INTERACTION, OPENNESS } from "./constants";
import { validWindow } from "./state-machine";

export const MAX_QUESTIONS = 40;
export const MAX_OPTIONS = 20;

const text = boundedText;

export const questionInput = z
  .strictObject({
    kind: z.enum(["open", "single", "multiple", "scale"], t("errors.invalidChoice")),
    prompt: text(3, 500),
    helpText: z
      .string()
      .trim()
      .max(1000, t("errors.tooLong", { max: 1000 }))
      .default(""),
    required: z.boolean().default(false),
    options: z
      .array(
        z
          .string()
          .trim()
          .min(1)
          .max(200, t("errors.tooLong", { max: 200 })),
      )
      .max(MAX_OPTIONS, t("consultation.tooManyOptions", { max: MAX_OPTIONS }))
      .default([]),
  })
  .superRefine((q, ctx) => {
    const choice = q.kind === "single" || q.kind === "multiple";
    if (choice && q.options.length < 2)
      ctx.addIssue({ code: "custom", path: ["options"], message: t("consultation.optionsRequired") });
    if (choice && new Set(q.options).size !== q.options.length)
      ctx.addIssue({ code: "custom", path: ["options"], message: t("consultation.optionsUnique") });
  })
  .transform((q) => ({ ...q, options: q.kind === "single" || q.kind === "multiple" ? q.options : [] }));
export type QuestionInput = z.output<typeof questionInput>;

const questionsField = z
  .string()
  .transform((raw, ctx) => {
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: t("consultation.questionsInvalid") });
      return z.NEVER;
    }
  })
  .pipe(
    z
      .array(questionInput)
      .min(1, t("consultation.questionsRequired"))
      .max(MAX_QUESTIONS, t("consultation.tooManyQuestions", { max: MAX_QUESTIONS })),
  );

const introductionField = z
  .string()
  .max(500_000)
  .transform((raw, ctx) => {
    const parsed = parseRichTextField(raw);
    if (!parsed.success) {
      ctx.addIssue({ code: "custom", message: t("consultation.introductionInvalid") });
      return z.NEVER;
    }
    return parsed.data;
  });

export const consultationInput = z
  .strictObject({
    trajectoryId: z.uuid(),
    phase: z.enum(PHASES, t("errors.invalidChoice")),
    title: text(5, 200),
    introduction: introductionField,
    openness: z.enum(OPENNESS, t("errors.invalidChoice")),
    form: z.enum(FORMS, t("errors.invalidChoice")),
    interaction: z.enum(INTERACTION, t("errors.invalidChoice")),
    audience: z.enum(AUDIENCES, t("errors.invalidChoice")),
    opensAt: localMoment,
    closesAt: localMoment,
    questions: questionsField,
  })
  .superRefine((v, ctx) => {
    if (!validWindow(v.opensAt, v.closesAt))
      ctx.addIssue({ code: "custom", path: ["closesAt"], message: t("consultation.closesBeforeOpens") });
  });
export type ConsultationInput = z.output<typeof consultationInput>;

export const publishInput = z.strictObject({ consultationId: z.uuid() });

export const invitationInput = z
  .strictObject({
    consultationId: z.uuid(),
    providerIds: z.array(z.uuid()).max(5000).default([]),
    userIds: z.array(z.uuid()).max(5000).default([]),
  })
  .refine((v) => v.providerIds.length + v.userIds.length > 0, {
    message: t("errors.chooseAtLeastOne"),
    path: ["providerIds"],
  });

export const consultationEditInput = z
  .strictObject({
    consultationId: z.uuid(),
    title: text(5, 200),
    introduction: introductionField,
    opensAt: localMoment,
    closesAt: localMoment,
    changeSummary: z
      .string()
      .trim()
      .max(1000, t("errors.tooLong", { max: 1000 }))
      .default(""),
  })
  .superRefine((v, ctx) => {
    if (!validWindow(v.opensAt, v.closesAt))
      ctx.addIssue({ code: "custom", path: ["closesAt"], message: t("consultation.closesBeforeOpens") });
  });
export type ConsultationEditInput = z.output<typeof consultationEditInput>;

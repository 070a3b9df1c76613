import { z } from "zod";
import { t } from "@/lib/i18n";
import { CARE_DOMAINS, LEGAL_STAGES, PHASES, PROCEDURE_TYPES, type Phase } from "./constants";

export const MAX_ESTIMATED_VALUE = 10_000_000_000;
export const RESPONSIBILITY_ROWS = 6;

const text = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, min <= 1 ? t("errors.required") : t("errors.tooShort", { min }))
    .max(max, t("errors.tooLong", { max }));

/** Accepts "1.250.000", "€ 1.250.000", "1250000" or empty; whole euros only. */
export const euroAmount = z
  .string()
  .trim()
  .transform((raw, ctx) => {
    if (raw === "") return null;
    const cleaned = raw.replace(/^€\s*/, "").replace(/\s/g, "").replace(/,-$/, "");
    if (!/^\d{1,3}(\.\d{3})*$|^\d+$/.test(cleaned)) {
      ctx.addIssue({ code: "custom", message: t("errors.invalidAmount") });
      return z.NEVER;
    }
    const value = Number(cleaned.replace(/\./g, ""));
    if (value > MAX_ESTIMATED_VALUE) {
      ctx.addIssue({ code: "custom", message: t("errors.amountTooLarge") });
      return z.NEVER;
    }
    return value;
  });

const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, t("errors.invalidDate"))
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), t("errors.invalidDate"));

const planFields = Object.fromEntries(
  PHASES.flatMap((p) => [
    [`plannedStart_${p}`, isoDate],
    [`plannedEnd_${p}`, isoDate],
  ]),
) as Record<`plannedStart_${Phase}` | `plannedEnd_${Phase}`, typeof isoDate>;

export const trajectoryInput = z
  .strictObject({
    title: text(5, 200),
    summary: text(20, 4000),
    domain: z.enum(CARE_DOMAINS, t("errors.invalidChoice")),
    procedureType: z.enum(PROCEDURE_TYPES, t("errors.invalidChoice")),
    legalStage: z.enum(LEGAL_STAGES, t("errors.invalidChoice")),
    visibility: z.enum(["public", "internal"], t("errors.invalidChoice")),
    estimatedValue: euroAmount,
    productIds: z
      .array(z.uuid(t("errors.invalidChoice")))
      .min(1, t("errors.chooseAtLeastOne"))
      .max(50),
    municipalityIds: z
      .array(z.uuid(t("errors.invalidChoice")))
      .min(1, t("errors.chooseAtLeastOne"))
      .max(50),
    responsibilityTask: z
      .array(
        z
          .string()
          .trim()
          .max(200, t("errors.tooLong", { max: 200 })),
      )
      .max(RESPONSIBILITY_ROWS),
    responsibilityPerson: z
      .array(
        z
          .string()
          .trim()
          .max(200, t("errors.tooLong", { max: 200 })),
      )
      .max(RESPONSIBILITY_ROWS),
    ...planFields,
  })
  .superRefine((v, ctx) => {
    for (const p of PHASES) {
      if (v[`plannedEnd_${p}`] < v[`plannedStart_${p}`]) {
        ctx.addIssue({ code: "custom", path: [`plannedEnd_${p}`], message: t("errors.endBeforeStart") });
      }
    }
    const rows = v.responsibilityTask.map((task, i) => [task, v.responsibilityPerson[i] ?? ""] as const);
    rows.forEach(([task, person], i) => {
      if (task && !person)
        ctx.addIssue({
          code: "custom",
          path: ["responsibilityPerson"],
          message: t("trajectoryForm.rowIncomplete", { n: i + 1 }),
        });
      if (!task && person)
        ctx.addIssue({
          code: "custom",
          path: ["responsibilityTask"],
          message: t("trajectoryForm.rowIncomplete", { n: i + 1 }),
        });
    });
    if (!rows.some(([task, person]) => task && person)) {
      ctx.addIssue({
        code: "custom",
        path: ["responsibilityTask"],
        message: t("trajectoryForm.responsibilityRequired"),
      });
    }
  })
  .transform((v) => ({
    title: v.title,
    summary: v.summary,
    domain: v.domain,
    procedureType: v.procedureType,
    legalStage: v.legalStage,
    visibility: v.visibility,
    estimatedValue: v.estimatedValue,
    productIds: [...new Set(v.productIds)],
    municipalityIds: [...new Set(v.municipalityIds)],
    responsibilities: v.responsibilityTask
      .map((task, i) => ({ task, responsible: v.responsibilityPerson[i] ?? "" }))
      .filter((r) => r.task && r.responsible),
    plan: PHASES.map((phase) => ({
      phase,
      plannedStart: v[`plannedStart_${phase}`],
      plannedEnd: v[`plannedEnd_${phase}`],
    })),
  }));
export type TrajectoryInput = z.output<typeof trajectoryInput>;
export const TRAJECTORY_ARRAY_FIELDS = [
  "productIds",
  "municipalityIds",
  "responsibilityTask",
  "responsibilityPerson",
] as const;

export const phaseMoveInput = z.strictObject({
  trajectoryId: z.uuid(),
  from: z.enum(PHASES),
  to: z.enum(PHASES, t("errors.invalidChoice")),
  reason: z
    .string()
    .trim()
    .max(2000, t("errors.tooLong", { max: 2000 }))
    .optional(),
});

export const phaseNotesInput = z.strictObject({
  trajectoryId: z.uuid(),
  phase: z.enum(PHASES),
  notes: z.string().max(2_000_000, t("errors.tooLong", { max: 2_000_000 })),
});

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
export const documentUploadInput = z.strictObject({
  trajectoryId: z.uuid(),
  consultationId: z.uuid().optional(),
  phase: z.enum(PHASES),
  title: text(3, 200),
  isPublic: z.literal("on").optional(),
  file: z
    .instanceof(File, { message: t("errors.fileMissing") })
    .refine((f) => f.size > 0, t("errors.fileMissing"))
    .refine((f) => f.size <= MAX_DOCUMENT_BYTES, t("errors.fileTooLarge", { max: 10 })),
});

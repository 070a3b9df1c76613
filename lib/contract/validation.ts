import { z } from "zod";
import { t } from "@/lib/i18n";
import { boundedText } from "@/lib/validation/fields";
import { isCalendarDay } from "@/lib/time/calendar-day";
import { KPI_UNITS } from "@/lib/kpi/scoring";
import { TERM_FORMS } from "./terms";

/** A `type="date"` value ("2027-01-01"). */
export const calendarDay = z.string().trim().refine(isCalendarDay, t("errors.invalidDate"));
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, t("errors.tooLong", { max }))
    .default("")
    .transform((v) => v || null);

/** A number typed the Dutch way ("8,4") or with a dot; empty is "missing". */
export const decimal = (message: string) =>
  z
    .string()
    .trim()
    .min(1, t("errors.required"))
    .transform((raw, ctx) => {
      const value = Number(raw.replace(",", "."));
      if (!/^-?\d+([.,]\d+)?$/.test(raw) || !Number.isFinite(value)) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return value;
    });

export const wholeNumber = (min: number, max: number, message: string) =>
  z
    .string()
    .trim()
    .min(1, t("errors.required"))
    .transform((raw, ctx) => {
      const value = Number(raw);
      if (!/^\d+$/.test(raw) || value < min || value > max) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return value;
    });

export const contractInput = z
  .strictObject({
    providerId: z.uuid(t("errors.invalidChoice")),
    trajectoryId: z.uuid(t("errors.invalidChoice")),
    reference: boundedText(3, 60),
    title: boundedText(5, 200),
    productIds: z.array(z.uuid()).min(1, t("errors.chooseAtLeastOne")).max(50),
    subregionIds: z.array(z.uuid()).min(1, t("errors.chooseAtLeastOne")).max(20),
    awardedOn: calendarDay,
    startsOn: calendarDay,
    termForm: z.enum(TERM_FORMS, t("errors.invalidChoice")),
    termFormReason: optionalText(1000),
  })
  .superRefine((v, ctx) => {
    if (v.startsOn < v.awardedOn)
      ctx.addIssue({ code: "custom", path: ["startsOn"], message: t("execution.startBeforeAward") });
    if (v.termForm === "2+2+2" && (v.termFormReason?.length ?? 0) < 10)
      ctx.addIssue({ code: "custom", path: ["termFormReason"], message: t("execution.exceptionReason") });
  });
export type ContractInput = z.output<typeof contractInput>;
export const CONTRACT_ARRAY_FIELDS = ["productIds", "subregionIds"] as const;

export const extensionInput = z.strictObject({
  contractId: z.uuid(),
  decidedOn: calendarDay,
  evaluation: boundedText(20, 5000),
  clientExperience: boundedText(20, 5000),
});
export type ExtensionInput = z.output<typeof extensionInput>;

export const customKpiInput = z.strictObject({
  contractId: z.uuid(),
  name: boundedText(3, 120),
  unit: z.enum(KPI_UNITS, t("errors.invalidChoice")),
  norm: decimal(t("execution.numberInvalid")),
  goodFrom: z
    .string()
    .trim()
    .default("")
    .transform((raw, ctx) => {
      if (raw === "") return null;
      const value = Number(raw.replace(",", "."));
      if (!/^\d+([.,]\d+)?$/.test(raw)) {
        ctx.addIssue({ code: "custom", message: t("execution.numberInvalid") });
        return z.NEVER;
      }
      return value;
    }),
});
export type CustomKpiInput = z.output<typeof customKpiInput>;

export const measurementInput = z.strictObject({
  contractId: z.uuid(),
  kpiId: z.uuid(t("errors.invalidChoice")),
  subregionId: z.uuid(t("errors.invalidChoice")),
  year: wholeNumber(1900, 9999, t("execution.yearInvalid")),
  value: decimal(t("execution.numberInvalid")),
  clientsInCare: wholeNumber(0, 1_000_000, t("execution.clientsInvalid")),
});
export type MeasurementInput = z.output<typeof measurementInput>;

export const csvImportInput = z.strictObject({
  contractId: z.uuid(),
  csv: z
    .string()
    .max(200_000, t("errors.tooLong", { max: 200_000 }))
    .default(""),
  file: z.instanceof(File).optional(),
});

export const responseInput = z.strictObject({
  measurementId: z.uuid(),
  response: boundedText(5, 3000),
});

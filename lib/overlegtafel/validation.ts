import { z } from "zod";
import { t } from "@/lib/i18n";
import { textDecisionField, type TextDecision } from "@/lib/meeting/text-decision";
import { boundedText, localMoment } from "@/lib/validation/fields";
import { INDICATOR_LIMITS, parseIndicator } from "./indicators";
import type { SizeIndicators } from "./size-class";

/** An optional whole number typed by a person: "", "1250", "1.250" or "1 250"; never negative, never absurd. */
const indicatorField = (key: keyof SizeIndicators) =>
  z
    .string()
    .default("")
    .transform((raw, ctx) => {
      const parsed = parseIndicator(raw, key);
      if (!parsed.ok) {
        ctx.addIssue({ code: "custom", message: parsed.message });
        return z.NEVER;
      }
      return parsed.value;
    });

const year = z
  .string()
  .trim()
  .regex(/^\d{4}$/, t("overlegtafel.yearInvalid"))
  .transform(Number)
  .refine((y) => y >= 2015 && y <= new Date().getFullYear() + 1, t("overlegtafel.yearInvalid"));

const indicatorFields = {
  year,
  clients: indicatorField("clients"),
  employees: indicatorField("employees"),
  wmoRevenue: indicatorField("wmoRevenue"),
};

const atLeastOneIndicator = (v: SizeIndicators, ctx: z.RefinementCtx) => {
  if (v.clients === null && v.employees === null && v.wmoRevenue === null)
    ctx.addIssue({ code: "custom", path: ["clients"], message: t("overlegtafel.indicatorsEmpty") });
};

/** A provider member enters the figures of their own organisation. */
export const ownIndicatorsInput = z.strictObject(indicatorFields).superRefine(atLeastOneIndicator);
export type OwnIndicatorsInput = z.output<typeof ownIndicatorsInput>;

export const indicatorIdInput = z.strictObject({ indicatorId: z.uuid() });

export const classDecisionInput = z.strictObject({
  providerId: z.uuid(),
  year,
  decidedClass: z.enum(["large", "medium", "small"], t("errors.invalidChoice")),
  decisionReason: boundedText(10, 500),
});

export const indicatorImportInput = z.strictObject({
  csv: z.string().min(1, t("overlegtafel.csvEmpty")).max(2_000_000, t("overlegtafel.csvTooLarge")),
});

const threshold = (key: keyof SizeIndicators) =>
  z
    .string()
    .default("")
    .transform((raw, ctx) => {
      const parsed = parseIndicator(raw, key);
      if (!parsed.ok || parsed.value === null || parsed.value === 0) {
        ctx.addIssue({ code: "custom", message: parsed.ok ? t("overlegtafel.thresholdRequired") : parsed.message });
        return z.NEVER;
      }
      return parsed.value;
    });

export const thresholdsInput = z
  .strictObject({
    regionId: z.uuid(),
    clientsLargeFrom: threshold("clients"),
    clientsSmallBelow: threshold("clients"),
    employeesLargeFrom: threshold("employees"),
    employeesSmallBelow: threshold("employees"),
    wmoRevenueLargeFrom: threshold("wmoRevenue"),
    wmoRevenueSmallBelow: threshold("wmoRevenue"),
  })
  .superRefine((v, ctx) => {
    for (const key of ["clients", "employees", "wmoRevenue"] as const) {
      if (v[`${key}SmallBelow`] > v[`${key}LargeFrom`])
        ctx.addIssue({ code: "custom", path: [`${key}SmallBelow`], message: t("overlegtafel.thresholdOrder") });
    }
  })
  .transform((v) => ({
    regionId: v.regionId,
    thresholds: {
      clients: { largeFrom: v.clientsLargeFrom, smallBelow: v.clientsSmallBelow },
      employees: { largeFrom: v.employeesLargeFrom, smallBelow: v.employeesSmallBelow },
      wmoRevenue: { largeFrom: v.wmoRevenueLargeFrom, smallBelow: v.wmoRevenueSmallBelow },
    },
  }));
export type ThresholdsInput = z.output<typeof thresholdsInput>;

export const tableInput = z
  .strictObject({
    trajectoryId: z.uuid(t("overlegtafel.trajectoryRequired")),
    title: boundedText(5, 200),
    subject: z.enum(["product", "products", "theme"], t("errors.invalidChoice")),
    productIds: z.array(z.uuid()).max(50).default([]),
    theme: z
      .string()
      .trim()
      .max(300, t("errors.tooLong", { max: 300 }))
      .default(""),
    subregionId: z
      .union([z.uuid(), z.literal("")])
      .default("")
      .transform((v) => v || null),
  })
  .superRefine((v, ctx) => {
    if (v.subject === "product" && v.productIds.length !== 1)
      ctx.addIssue({ code: "custom", path: ["productIds"], message: t("overlegtafel.oneProduct") });
    if (v.subject === "products" && v.productIds.length < 2)
      ctx.addIssue({ code: "custom", path: ["productIds"], message: t("overlegtafel.severalProducts") });
    if (v.subject === "theme" && v.theme.length < 5)
      ctx.addIssue({ code: "custom", path: ["theme"], message: t("overlegtafel.themeRequired") });
  })
  .transform((v) => ({ ...v, theme: v.theme || null }));
export type TableInput = z.output<typeof tableInput>;

export const sessionInput = z
  .strictObject({
    tableId: z.uuid(),
    title: boundedText(5, 200),
    startsAt: localMoment,
    endsAt: localMoment,
    location: boundedText(3, 300),
    agenda: boundedText(10, 5000),
    /** What the officer decided about findings in title, agenda and place (after the gate showed them). */
    findingsDecision: textDecisionField,
  })
  .refine((v) => v.endsAt > v.startsAt, { path: ["endsAt"], message: t("meeting.endsBeforeStarts") });
// Callers other than the form (seeds, tests) need not decide on findings.
export type SessionInput = Omit<z.output<typeof sessionInput>, "findingsDecision"> & {
  findingsDecision?: TextDecision | null;
};

/** Session forms carry the table id too, for the page to return to. */
export const proposeInput = z.strictObject({ tableId: z.uuid(), meetingId: z.uuid() });

export const memberChangeInput = z.strictObject({
  tableId: z.uuid(),
  meetingId: z.uuid(),
  providerId: z.uuid(),
  invited: z.enum(["true", "false"]).transform((v) => v === "true"),
  reason: z
    .string()
    .trim()
    .min(10, t("overlegtafel.changeReasonRequired"))
    .max(500, t("errors.tooLong", { max: 500 })),
});
export type MemberChangeInput = z.output<typeof memberChangeInput>;

export const fixInput = z.strictObject({
  tableId: z.uuid(),
  meetingId: z.uuid(),
  overCapReason: z
    .string()
    .trim()
    .max(1000, t("errors.tooLong", { max: 1000 }))
    .default("")
    .transform((v) => v || null),
});

export const exclusionInput = z.strictObject({
  tableId: z.uuid(),
  providerId: z.uuid(),
  until: z.iso.date(t("errors.invalidDate")),
  reason: z
    .string()
    .trim()
    .min(10, t("overlegtafel.exclusionReasonRequired"))
    .max(1000, t("errors.tooLong", { max: 1000 })),
});
export type ExclusionInput = z.output<typeof exclusionInput>;

export const withdrawalInput = z.strictObject({
  tableId: z.uuid(),
  meetingId: z.uuid(),
  providerId: z.uuid(),
  reason: z
    .string()
    .trim()
    .min(10, t("overlegtafel.withdrawReasonRequired"))
    .max(500, t("errors.tooLong", { max: 500 })),
});

export const replacementInput = z.strictObject({ tableId: z.uuid(), meetingId: z.uuid(), leavingProviderId: z.uuid() });

export { INDICATOR_LIMITS };

/**
 * The products and sub-regions a provider is contracted for. A contracted provider has at least one
 * of each (otherwise no table could place it); "no longer contracted" clears both and allows no ticks.
 */
export const contractInput = z
  .strictObject({
    providerId: z.uuid(),
    productIds: z
      .array(z.uuid(t("errors.invalidChoice")))
      .max(200)
      .default([]),
    subregionIds: z
      .array(z.uuid(t("errors.invalidChoice")))
      .max(50)
      .default([]),
    ended: z
      .array(z.literal("1", t("errors.invalidChoice")))
      .max(1)
      .default([]),
  })
  .superRefine((v, ctx) => {
    if (v.ended.length) {
      if (v.productIds.length || v.subregionIds.length)
        ctx.addIssue({ code: "custom", path: ["ended"], message: t("overlegtafel.contractEndedButTicked") });
      return;
    }
    if (v.productIds.length === 0)
      ctx.addIssue({ code: "custom", path: ["productIds"], message: t("overlegtafel.contractNeedsProduct") });
    if (v.subregionIds.length === 0)
      ctx.addIssue({ code: "custom", path: ["subregionIds"], message: t("overlegtafel.contractNeedsSubregion") });
  })
  .transform((v) => ({
    providerId: v.providerId,
    productIds: [...new Set(v.productIds)],
    subregionIds: [...new Set(v.subregionIds)],
    ended: v.ended.length > 0,
  }));
export type ContractInput = z.output<typeof contractInput>;

/** The officer ends an exclusion before its date; the provider is told the reason. */
export const liftExclusionInput = z.strictObject({
  tableId: z.uuid(),
  exclusionId: z.uuid(),
  reason: z
    .string()
    .trim()
    .min(10, t("overlegtafel.liftReasonRequired"))
    .max(1000, t("errors.tooLong", { max: 1000 })),
});
export type LiftExclusionInput = z.output<typeof liftExclusionInput>;

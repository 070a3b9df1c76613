import { z } from "zod";
import { t } from "@/lib/i18n";
import { textDecisionField, type TextDecision } from "@/lib/meeting/text-decision";
import { boundedText, localMoment } from "@/lib/validation/fields";
import { calendarDay, wholeNumber } from "./validation";

export const contractMeetingInput = z
  .strictObject({
    contractId: z.uuid(),
    year: wholeNumber(2015, 9999, t("execution.yearInvalid")),
    startsAt: localMoment,
    endsAt: localMoment,
    location: boundedText(2, 300),
    agenda: boundedText(10, 5000),
    providerOnly: z.literal("on").optional(),
    /** What the officer decided about findings in the agenda and place (after the gate showed them). */
    findingsDecision: textDecisionField,
  })
  .superRefine((v, ctx) => {
    if (v.endsAt <= v.startsAt)
      ctx.addIssue({ code: "custom", path: ["endsAt"], message: t("meeting.endsBeforeStarts") });
  });
// Callers other than the form (seeds, tests) need not decide on findings.
export type ContractMeetingInput = Omit<z.output<typeof contractMeetingInput>, "findingsDecision"> & {
  findingsDecision?: TextDecision | null;
};

const count = wholeNumber(0, 1_000_000, t("execution.clientsInvalid"));

/**
 * The provider's report: fixed fields plus one client count per product and municipality
 * (`clients.<product>.<municipality>`).
 */
export const contractReportInput = z
  .object({
    meetingId: z.uuid(),
    complaintsCount: count,
    complaintsNature: boundedText(2, 3000),
    complaintsHandling: boundedText(2, 3000),
    calamities: boundedText(2, 3000),
    certificateValidUntil: z
      .string()
      .trim()
      .default("")
      .pipe(z.union([z.literal(""), calendarDay]))
      .transform((v) => v || null),
  })
  .catchall(z.string())
  .transform((raw, ctx) => {
    const clientCounts: { key: string; clients: number }[] = [];
    for (const [key, value] of Object.entries(raw)) {
      if (!key.startsWith("clients.")) continue;
      if (!/^clients\.[0-9a-f-]{36}\.[0-9a-f-]{36}$/.test(key)) {
        ctx.addIssue({ code: "custom", path: ["_form"], message: t("errors.unknownField", { field: key }) });
        continue;
      }
      const parsed = count.safeParse(value);
      if (!parsed.success) ctx.addIssue({ code: "custom", path: [key], message: t("execution.clientsInvalid") });
      else clientCounts.push({ key: key.slice("clients.".length), clients: parsed.data });
    }
    const known = new Set([
      "meetingId",
      "complaintsCount",
      "complaintsNature",
      "complaintsHandling",
      "calamities",
      "certificateValidUntil",
    ]);
    for (const key of Object.keys(raw))
      if (!known.has(key) && !key.startsWith("clients."))
        ctx.addIssue({ code: "custom", path: ["_form"], message: t("errors.unknownField", { field: key }) });
    return {
      meetingId: String(raw.meetingId),
      complaintsCount: Number(raw.complaintsCount),
      complaintsNature: String(raw.complaintsNature),
      complaintsHandling: String(raw.complaintsHandling),
      calamities: String(raw.calamities),
      certificateValidUntil: raw.certificateValidUntil,
      clientCounts,
    };
  });
export type ContractReportInput = z.output<typeof contractReportInput>;

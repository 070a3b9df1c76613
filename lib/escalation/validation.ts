import { z } from "zod";
import { t } from "@/lib/i18n";
import { boundedText } from "@/lib/validation/fields";
import { calendarDay, optionalText, wholeNumber } from "@/lib/contract/validation";
import { SHORTFALL_SOURCES, STEP3_GROUNDS, MAX_TERM_DAYS, MIN_TERM_DAYS } from "./ladder";

export const startEscalationInput = z.strictObject({
  contractId: z.uuid(),
  source: z.enum(SHORTFALL_SOURCES, t("errors.invalidChoice")),
  shortfall: boundedText(10, 3000),
  talkOn: calendarDay,
});

export const holdTalkInput = z.strictObject({
  escalationId: z.uuid(),
  talkOn: calendarDay,
  agreements: boundedText(10, 5000),
  termDays: wholeNumber(
    MIN_TERM_DAYS,
    MAX_TERM_DAYS,
    t("ladder.termDaysInvalid", { min: MIN_TERM_DAYS, max: MAX_TERM_DAYS }),
  ),
  termReason: optionalText(1000),
});

export const step3Input = z.strictObject({
  escalationId: z.uuid(),
  // Empty means "no ground given": the ladder refuses it with the source's explanation.
  ground: z
    .union([z.enum(STEP3_GROUNDS), z.literal("")], t("errors.invalidChoice"))
    .default("")
    .transform((v) => v || null),
  explanation: boundedText(10, 3000),
});

export const assessPlanInput = z.discriminatedUnion(
  "decision",
  [
    z.strictObject({
      escalationId: z.uuid(),
      decision: z.literal("accept"),
      realisationDueOn: calendarDay,
      explanation: optionalText(3000),
    }),
    z.strictObject({
      escalationId: z.uuid(),
      decision: z.literal("reject"),
      realisationDueOn: z.string().optional(),
      explanation: boundedText(10, 3000),
    }),
  ],
  { error: t("errors.invalidChoice") },
);

export const measuresInput = z.strictObject({
  escalationId: z.uuid(),
  clientStop: z.literal("on").optional(),
  thirdParty: z.literal("on").optional(),
  reason: boundedText(5, 2000),
});

export const escalationIdInput = z.strictObject({ escalationId: z.uuid() });

export const escalationUploadInput = z.strictObject({ escalationId: z.uuid(), file: z.unknown().optional() });

import { z } from "zod";
import { t } from "@/lib/i18n";
import { parseLocalDateTime } from "@/lib/time/amsterdam";

/** Trimmed text between `min` and `max` characters, with Dutch messages. */
export const boundedText = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, min <= 1 ? t("errors.required") : t("errors.tooShort", { min }))
    .max(max, t("errors.tooLong", { max }));

/** A `datetime-local` value read as Dutch local time. */
export const localMoment = z.string().transform((raw, ctx) => {
  const date = parseLocalDateTime(raw);
  if (!date) {
    ctx.addIssue({ code: "custom", message: t("consultation.invalidMoment") });
    return z.NEVER;
  }
  return date;
});

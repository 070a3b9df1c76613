import { z } from "zod";
import { t } from "@/lib/i18n";

/** What the officer decided about the findings in plain texts: take them out, or keep them on purpose. */
export const TEXT_DECISIONS = ["redact", "keep"] as const;
export type TextDecision = (typeof TEXT_DECISIONS)[number];

/** The form field carrying that decision; empty until the gate has shown what it found. */
export const textDecisionField = z
  .enum(["", ...TEXT_DECISIONS], t("errors.invalidChoice"))
  .default("")
  .transform((v) => (v === "" ? null : v));

import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { t } from "@/lib/i18n";

export const changeRoleInput = z.strictObject({
  userId: z.uuid(),
  role: z.enum(ROLES, t("errors.invalidChoice")),
});

export const setDisabledInput = z.strictObject({
  userId: z.uuid(),
  disabled: z.enum(["true", "false"]).transform((v) => v === "true"),
});

export const membershipDecisionInput = z.strictObject({
  userId: z.uuid(),
  decision: z.enum(["approved", "rejected"], t("errors.invalidChoice")),
});

/** What a person may change about themselves; anything else (a role, a provider) is refused. */
export const profileInput = z.strictObject({
  name: z
    .string()
    .trim()
    .min(2, t("errors.tooShort", { min: 2 }))
    .max(120, t("errors.tooLong", { max: 120 })),
});

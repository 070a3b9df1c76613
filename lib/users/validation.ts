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

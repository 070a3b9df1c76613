"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/http/form-action";
import { t } from "@/lib/i18n";
import { resetUserSecondFactor } from "@/lib/auth/second-factor-writes";
import { resetSecondFactorInput } from "@/lib/auth/validation";
import { changeUserRole, decideMembership, setUserDisabled } from "@/lib/users/admin";
import { changeRoleInput, membershipDecisionInput, setDisabledInput } from "@/lib/users/validation";

export const changeRoleAction = formAction({
  permission: "user.list",
  schema: changeRoleInput,
  run: async (ctx, input) => {
    await changeUserRole(ctx, input);
    revalidatePath("/beheer/gebruikers");
    return { message: t("users.roleChanged") };
  },
});

export const setDisabledAction = formAction({
  permission: "user.list",
  schema: setDisabledInput,
  run: async (ctx, input) => {
    await setUserDisabled(ctx, input);
    revalidatePath("/beheer/gebruikers");
    return { message: input.disabled ? t("users.disabledDone") : t("users.enabledDone") };
  },
});

export const decideMembershipAction = formAction({
  permission: "membership.decide",
  schema: membershipDecisionInput,
  run: async (ctx, input) => {
    await decideMembership(ctx, input);
    revalidatePath("/beheer/aanmeldingen");
    return { message: input.decision === "approved" ? t("memberships.approvedDone") : t("memberships.rejectedDone") };
  },
});

export const resetSecondFactorAction = formAction({
  permission: "user.list",
  schema: resetSecondFactorInput,
  run: async (ctx, input) => {
    await resetUserSecondFactor(ctx, input);
    revalidatePath("/beheer/gebruikers");
    return { message: t("users.factorResetDone") };
  },
});

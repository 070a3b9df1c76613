"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { getCurrentActor, getCurrentSessionId } from "@/lib/auth/current-actor";
import { auditRefusedForm } from "@/lib/auth/refusals";
import { changeOwnPassword } from "@/lib/auth/password-change";
import { enrolSecondFactor, regenerateOwnRecoveryCodes, removeOwnSecondFactor } from "@/lib/auth/second-factor-writes";
import { codeField, passwordChangeInput } from "@/lib/auth/validation";
import { formAction } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import { auditOrigin, clientAddress } from "@/lib/http/request-origin";
import { t } from "@/lib/i18n";

const changePassword = formAction({
  permission: "account.view",
  schema: passwordChangeInput,
  run: async (ctx, input) => {
    await changeOwnPassword(ctx, {
      currentPassword: input.currentPassword,
      password: input.password,
      address: clientAddress(await headers()),
      currentSessionId: await getCurrentSessionId(),
    });
    return { message: t("passwordChange.done") };
  },
});

/** Like every form, but what was typed comes back without the passwords. */
export async function changePasswordAction(previous: FormState, formData: FormData): Promise<FormState> {
  const state = await changePassword(previous, formData);
  const { currentPassword: _c, password: _p, passwordRepeat: _r, ...values } = state.values ?? {};
  const actor = await getCurrentActor();
  // A wrong current password is audited by the domain; refused input is audited here.
  const fromDomain = state.fieldErrors?.currentPassword?.includes(t("errors.currentPasswordWrong"));
  if (state.status === "error" && state.fieldErrors && !fromDomain && actor) {
    await auditRefusedForm(
      { db: await getDb(), actor, origin: auditOrigin(await headers()) },
      { action: "account.password_change", objectId: actor.id },
      state.fieldErrors,
    );
  }
  return { ...state, values };
}

const codeInput = z.strictObject({ code: codeField });

export const enrolOwnFactorAction = formAction({
  permission: "account.view",
  schema: codeInput,
  run: async (ctx, input) => {
    const codes = await enrolSecondFactor(ctx.db, {
      userId: ctx.actor.id,
      code: input.code,
      origin: ctx.origin,
      actor: ctx.actor,
    });
    revalidatePath("/account");
    return { message: t("secondFactor.enrolled"), meta: { codes: codes.join(" ") } };
  },
});

export const regenerateCodesAction = formAction({
  permission: "account.view",
  schema: codeInput,
  run: async (ctx, input) => {
    const codes = await regenerateOwnRecoveryCodes(ctx, input.code);
    return { message: t("secondFactor.codesRenewed"), meta: { codes: codes.join(" ") } };
  },
});

export const removeOwnFactorAction = formAction({
  permission: "account.view",
  schema: codeInput,
  run: async (ctx, input) => {
    await removeOwnSecondFactor(ctx, input.code);
    revalidatePath("/account");
    return { message: t("secondFactor.removed") };
  },
});

"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/fields";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/http/form-state";
import { useT } from "@/lib/i18n/client";
import type { ResetFormKey } from "../texts";
import { setNewPassword } from "../password-actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useT<ResetFormKey>();
  const [state, action] = useActionState(setNewPassword, IDLE);
  const tokenErrors = state.fieldErrors?.token ?? [];
  return (
    <form action={action} noValidate className="utrecht-form">
      <FormMessage state={state} />
      {tokenErrors.map((message) => (
        <p key={message} className="utrecht-form-field-error-message" data-testid="token-error">
          {message}
        </p>
      ))}
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields
        label={t("passwordReset.newPassword")}
        hint={t("register.passwordHint")}
        repeatLabel={t("register.passwordRepeat")}
        state={state}
      />
      <SubmitButton>{t("passwordReset.submit")}</SubmitButton>
    </form>
  );
}

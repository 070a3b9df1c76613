"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/fields";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/http/form-state";
import { t } from "@/lib/i18n";
import { setNewPassword } from "../password-actions";

export function ResetPasswordForm({ token }: { token: string }) {
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
      <NewPasswordFields label={t("passwordReset.newPassword")} state={state} />
      <SubmitButton>{t("passwordReset.submit")}</SubmitButton>
    </form>
  );
}

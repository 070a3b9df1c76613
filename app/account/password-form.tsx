"use client";

import { useActionState } from "react";
import { FormMessage, TextField } from "@/components/ui/fields";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/http/form-state";
import { useT } from "@/lib/i18n/client";
import { changePasswordAction } from "./security-actions";
import type { PasswordFormKey } from "./texts";

export function PasswordForm() {
  const t = useT<PasswordFormKey>();
  const [state, action] = useActionState(changePasswordAction, IDLE);
  // Passwords never come back into the fields, also not after an error.
  const shown = { ...state, values: {} };
  return (
    <form action={action} className="utrecht-form" noValidate aria-label={t("passwordChange.title")}>
      <FormMessage state={state} />
      <TextField
        name="currentPassword"
        type="password"
        label={t("passwordChange.current")}
        state={shown}
        autoComplete="current-password"
        required
      />
      <NewPasswordFields
        label={t("passwordChange.new")}
        hint={t("register.passwordHint")}
        repeatLabel={t("register.passwordRepeat")}
        state={shown}
      />
      <SubmitButton>{t("passwordChange.submit")}</SubmitButton>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { FormMessage, TextField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/http/form-state";
import { useT } from "@/lib/i18n/client";
import type { LoginFormKey } from "../texts";
import { login } from "../actions";

export function LoginForm({ next }: { next: string }) {
  const t = useT<LoginFormKey>();
  const [state, action] = useActionState(login, IDLE);
  return (
    <form action={action} noValidate className="utrecht-form">
      <FormMessage state={state} />
      <input type="hidden" name="next" value={next} />
      <TextField name="email" type="email" label={t("login.email")} state={state} autoComplete="username" required />
      <TextField
        name="password"
        type="password"
        label={t("login.password")}
        state={state}
        autoComplete="current-password"
        required
      />
      <SubmitButton>{t("login.submit")}</SubmitButton>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { FormMessage, SelectField, TextField } from "@/components/ui/fields";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/http/form-state";
import { useT } from "@/lib/i18n/client";
import type { RegistrationFormKey } from "../texts";
import { register } from "../actions";

type Option = { value: string; label: string };

export function RegistrationForm({ providers, councils }: { providers: Option[]; councils: Option[] }) {
  const t = useT<RegistrationFormKey>();
  const [state, action] = useActionState(register, IDLE);
  return (
    <form action={action} noValidate className="utrecht-form">
      <FormMessage state={state} />
      <TextField name="name" label={t("register.name")} state={state} autoComplete="name" required />
      <TextField name="email" type="email" label={t("register.email")} state={state} autoComplete="email" required />
      <NewPasswordFields
        label={t("register.password")}
        hint={t("register.passwordHint")}
        repeatLabel={t("register.passwordRepeat")}
        state={state}
      />
      <SelectField
        name="kind"
        label={t("register.kind")}
        state={state}
        required
        options={(["resident", "council", "provider"] as const).map((k) => ({
          value: k,
          label: t(`register.kind_${k}`),
        }))}
      />
      <SelectField
        name="providerId"
        label={t("register.provider")}
        description={t("register.providerHint")}
        state={state}
        options={providers}
      />
      <SelectField
        name="councilId"
        label={t("register.council")}
        description={t("register.councilHint")}
        state={state}
        options={councils}
      />
      <SubmitButton>{t("register.submit")}</SubmitButton>
    </form>
  );
}

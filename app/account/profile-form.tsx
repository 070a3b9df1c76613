"use client";

import { useActionState } from "react";
import { FormMessage, TextField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/http/form-state";
import { useT } from "@/lib/i18n/client";
import { updateProfileAction } from "./actions";
import type { ProfileFormKey } from "./texts";

export function ProfileForm({ name }: { name: string }) {
  const t = useT<ProfileFormKey>();
  const [state, action] = useActionState(updateProfileAction, IDLE);
  return (
    <form action={action} className="utrecht-form" noValidate>
      <FormMessage state={state} />
      <TextField
        name="name"
        label={t("account.name")}
        state={state}
        defaultValue={name}
        required
        autoComplete="name"
        maxLength={120}
      />
      <SubmitButton>{t("account.save")}</SubmitButton>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { FormMessage, TextField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { useT } from "@/lib/i18n/client";
import type { EmailFormKey } from "./texts";

type Props = { action: (state: FormState, formData: FormData) => Promise<FormState>; submitLabel: string };

/** One e-mail field and a button: "forgot password" and "send the verification link again". */
export function EmailForm({ action, submitLabel }: Props) {
  const t = useT<EmailFormKey>();
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} noValidate className="utrecht-form">
      <FormMessage state={state} />
      <TextField name="email" type="email" label={t("login.email")} state={state} autoComplete="email" required />
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { RecoveryCodeList } from "@/components/auth/recovery-code-list";
import { FormMessage, TextField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { useT } from "@/lib/i18n/client";
import type { CodeActionKey } from "./texts";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  label: string;
  submitLabel: string;
  idPrefix: string;
};

/** A form confirmed with a code from the app; shows recovery codes when the action hands out new ones. */
export function CodeActionForm({ action, label, submitLabel, idPrefix }: Props) {
  const t = useT<CodeActionKey>();
  const [state, formAction] = useActionState(action, IDLE);
  const codes = state.status === "success" ? (state.meta?.codes ?? "").split(" ").filter(Boolean) : [];
  return (
    <form action={formAction} className="utrecht-form" noValidate aria-label={label}>
      <FormMessage state={state} />
      {codes.length > 0 ? <RecoveryCodeList codes={codes} intro={t("secondFactor.recoveryIntro")} /> : null}
      <TextField
        name="code"
        idPrefix={idPrefix}
        label={t("secondFactor.code")}
        state={{ ...state, values: {} }}
        autoComplete="one-time-code"
        required
        maxLength={40}
      />
      <SubmitButton variant="secondary">{submitLabel}</SubmitButton>
    </form>
  );
}

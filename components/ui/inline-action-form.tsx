"use client";

import { ConfirmSubmit, type Confirmation } from "@/components/ui/confirm-submit";
import { useActionState, type ReactNode } from "react";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { FormMessage } from "./fields";
import { SubmitButton } from "./submit-button";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  hidden: Record<string, string>;
  submitLabel: string;
  label: string;
  variant?: "primary" | "secondary";
  /** An irreversible action: the button asks first (and the server action requires the answer). */
  confirm?: Confirmation;
  children?: ReactNode;
};

/** A small form in a table row or card: hidden ids, optional fields, one button, its own message. */
export function InlineActionForm({
  action,
  hidden,
  submitLabel,
  label,
  variant = "secondary",
  children,
  confirm,
}: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} aria-label={label} noValidate>
      <FormMessage state={state} />
      {Object.entries(state.fieldErrors ?? {})
        .filter(([field]) => field !== "_form")
        .flatMap(([, messages]) => messages)
        .map((message) => (
          <p key={message} className="utrecht-form-field-error-message">
            {message}
          </p>
        ))}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      {confirm ? (
        <ConfirmSubmit {...confirm} label={submitLabel} variant={variant} />
      ) : (
        <SubmitButton variant={variant}>{submitLabel}</SubmitButton>
      )}
    </form>
  );
}

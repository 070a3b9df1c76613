"use client";

import { useActionState } from "react";
import { FormMessage, TextAreaField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/http/form-state";

type Props = {
  consultationId: string;
  parentId?: string;
  label: string;
  submitLabel: string;
  action: (s: FormState, f: FormData) => Promise<FormState>;
};

export function CommentForm({ consultationId, parentId, label, submitLabel, action }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="utrecht-form" noValidate aria-label={label}>
      <FormMessage state={state} />
      <input type="hidden" name="consultationId" value={consultationId} />
      {parentId ? <input type="hidden" name="parentId" value={parentId} /> : null}
      <TextAreaField
        idPrefix={parentId ? `antwoord-${parentId}` : "gesprek"}
        name="body"
        label={label}
        state={state}
        rows={3}
        maxLength={4000}
        required
      />
      <SubmitButton variant={parentId ? "secondary" : "primary"}>{submitLabel}</SubmitButton>
    </form>
  );
}

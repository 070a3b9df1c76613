"use client";

import { useActionState } from "react";
import { FormMessage, SelectField, TextAreaField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { t } from "@/lib/i18n";

/** The second officer's decision on minutes or feedback: approve, or send back with remarks. */
export function ReviewForm({
  hidden,
  action,
  submitLabel = t("minutes.review"),
}: {
  /** The id of what is reviewed, e.g. `{ meetingId }` or `{ consultationId }`. */
  hidden: Record<string, string>;
  action: (s: FormState, f: FormData) => Promise<FormState>;
  submitLabel?: string;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="utrecht-form" aria-label={submitLabel} noValidate>
      <FormMessage state={state} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SelectField
        name="decision"
        label={t("minutes.decision")}
        state={state}
        required
        options={[
          { value: "approve", label: t("minutes.decision_approve") },
          { value: "send_back", label: t("minutes.decision_send_back") },
        ]}
      />
      <TextAreaField name="remarks" label={t("minutes.remarks")} state={state} rows={3} maxLength={2000} />
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}

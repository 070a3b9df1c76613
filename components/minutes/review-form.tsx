"use client";

import { useActionState } from "react";
import { FormMessage, SelectField, TextAreaField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { t } from "@/lib/i18n";

export function ReviewForm({
  meetingId,
  action,
}: {
  meetingId: string;
  action: (s: FormState, f: FormData) => Promise<FormState>;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="utrecht-form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="meetingId" value={meetingId} />
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
      <SubmitButton>{t("minutes.review")}</SubmitButton>
    </form>
  );
}

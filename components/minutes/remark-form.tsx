"use client";

import { useActionState } from "react";
import { FormMessage, TextAreaField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { t } from "@/lib/i18n";

export function RemarkForm({
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
      <TextAreaField name="body" label={t("minutes.remark")} state={state} required rows={4} maxLength={2000} />
      <SubmitButton>{t("minutes.sendRemark")}</SubmitButton>
    </form>
  );
}

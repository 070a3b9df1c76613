"use client";

import { useActionState } from "react";
import { FormMessage, TextAreaField, TextField } from "@/components/ui/fields";
import { TextDecisionField } from "@/components/meeting/text-decision-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { t } from "@/lib/i18n";

export function SessionForm({
  tableId,
  defaultTitle,
  action,
}: {
  tableId: string;
  defaultTitle: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form
      action={formAction}
      className="utrecht-form inkoop-stack"
      aria-label={t("overlegtafel.newSession")}
      noValidate
    >
      <FormMessage state={state} />
      <input type="hidden" name="tableId" value={tableId} />
      <TextField
        idPrefix="sessie"
        name="title"
        label={t("overlegtafel.session_title")}
        state={state}
        required
        defaultValue={defaultTitle}
        maxLength={200}
      />
      <div className="inkoop-field-row">
        <TextField
          idPrefix="sessie"
          type="datetime-local"
          name="startsAt"
          label={t("overlegtafel.session_startsAt")}
          description={t("consultation.timeHint")}
          state={state}
          required
        />
        <TextField
          idPrefix="sessie"
          type="datetime-local"
          name="endsAt"
          label={t("overlegtafel.session_endsAt")}
          description={t("consultation.timeHint")}
          state={state}
          required
        />
      </div>
      <TextField
        idPrefix="sessie"
        name="location"
        label={t("overlegtafel.session_location")}
        state={state}
        required
        maxLength={300}
      />
      <TextAreaField
        idPrefix="sessie"
        name="agenda"
        label={t("overlegtafel.session_agenda")}
        state={state}
        required
        rows={4}
        maxLength={5000}
      />
      <TextDecisionField state={state} idPrefix="sessie" />
      <SubmitButton>{t("overlegtafel.saveSession")}</SubmitButton>
    </form>
  );
}

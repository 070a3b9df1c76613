"use client";

import { useActionState } from "react";
import { CheckboxGroup, FormMessage, SelectField, TextAreaField, TextField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { t } from "@/lib/i18n";
import { MEETING_KINDS } from "@/lib/meeting/constants";

type Props = {
  trajectoryId: string;
  consultations: { value: string; label: string }[];
  consultationId?: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
};

export function MeetingForm({ trajectoryId, consultations, consultationId, action }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="utrecht-form inkoop-stack" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="trajectoryId" value={trajectoryId} />
      <TextField name="title" label={t("meeting.title")} state={state} required maxLength={200} />
      <div className="inkoop-field-row">
        <SelectField
          name="kind"
          label={t("meeting.kind")}
          state={state}
          required
          options={MEETING_KINDS.map((k) => ({ value: k, label: t(`meeting.kind_${k}`) }))}
        />
        <SelectField
          name="consultationId"
          label={t("meeting.sessionFor")}
          state={state}
          defaultValue={consultationId ?? ""}
          options={[{ value: "", label: t("meeting.noConsultation") }, ...consultations]}
        />
      </div>
      <div className="inkoop-field-row">
        <TextField
          type="datetime-local"
          name="startsAt"
          label={t("meeting.startsAt")}
          description={t("consultation.timeHint")}
          state={state}
          required
        />
        <TextField
          type="datetime-local"
          name="endsAt"
          label={t("meeting.endsAt")}
          description={t("consultation.timeHint")}
          state={state}
          required
        />
      </div>
      <TextField
        name="location"
        label={t("meeting.location")}
        description={t("meeting.locationHint")}
        state={state}
        maxLength={300}
      />
      <TextField
        type="url"
        name="onlineUrl"
        label={t("meeting.onlineUrl")}
        description={t("meeting.onlineUrlHint")}
        state={state}
        maxLength={500}
      />
      <TextAreaField
        name="agenda"
        label={t("meeting.agenda")}
        description={t("meeting.agendaHint")}
        state={state}
        required
        rows={6}
        maxLength={5000}
      />
      {/* Shown when the publication gate found something in the texts: the officer's decision to keep it. */}
      {state.fieldErrors?.keepFindings ? (
        <CheckboxGroup
          name="keepFindings"
          legend={t("meeting.keepFindingsLegend")}
          description={t("meeting.keepFindingsHint")}
          state={state}
          options={[{ value: "1", label: t("meeting.keepFindings") }]}
        />
      ) : null}
      <SubmitButton>{t("meeting.create")}</SubmitButton>
    </form>
  );
}

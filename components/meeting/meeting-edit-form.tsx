"use client";

import { useActionState } from "react";
import { CheckboxGroup, FormMessage, TextAreaField, TextField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState, type FormValues } from "@/lib/http/form-state";
import { t } from "@/lib/i18n";

type Props = {
  meetingId: string;
  /** The meeting as it is, in the form's field names. */
  defaults: FormValues;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
};

/** Changes a meeting's title, time, place and agenda; what was typed comes back with every problem at once. */
export function MeetingEditForm({ meetingId, defaults, action }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const shown: FormState = {
    ...state,
    values: state.values && Object.keys(state.values).length ? state.values : defaults,
  };
  return (
    <form action={formAction} className="utrecht-form inkoop-stack" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <TextField name="title" label={t("meeting.title")} state={shown} required maxLength={200} />
      <div className="inkoop-field-row">
        <TextField
          type="datetime-local"
          name="startsAt"
          label={t("meeting.startsAt")}
          description={t("consultation.timeHint")}
          state={shown}
          required
        />
        <TextField
          type="datetime-local"
          name="endsAt"
          label={t("meeting.endsAt")}
          description={t("consultation.timeHint")}
          state={shown}
          required
        />
      </div>
      <TextField
        name="location"
        label={t("meeting.location")}
        description={t("meeting.locationHint")}
        state={shown}
        maxLength={300}
      />
      <TextField
        type="url"
        name="onlineUrl"
        label={t("meeting.onlineUrl")}
        description={t("meeting.onlineUrlHint")}
        state={shown}
        maxLength={500}
      />
      <TextAreaField
        name="agenda"
        label={t("meeting.agenda")}
        description={t("meeting.agendaHint")}
        state={shown}
        required
        rows={6}
        maxLength={5000}
      />
      {state.fieldErrors?.keepFindings ? (
        <CheckboxGroup
          name="keepFindings"
          legend={t("meeting.keepFindingsLegend")}
          description={t("meeting.keepFindingsHint")}
          state={state}
          options={[{ value: "1", label: t("meeting.keepFindings") }]}
        />
      ) : null}
      <SubmitButton>{t("meeting.editSubmit")}</SubmitButton>
    </form>
  );
}

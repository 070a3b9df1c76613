"use client";

import { useActionState } from "react";
import { FormMessage, SelectField, TextField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { MeetingTimeAndPlaceFields } from "./meeting-text-fields";
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
      <MeetingTimeAndPlaceFields state={state} />
      <SubmitButton>{t("meeting.create")}</SubmitButton>
    </form>
  );
}

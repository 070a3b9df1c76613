"use client";

import { useActionState } from "react";
import { FormMessage, TextField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { MeetingTimeAndPlaceFields } from "./meeting-text-fields";
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
      <MeetingTimeAndPlaceFields state={shown} />
      <SubmitButton>{t("meeting.editSubmit")}</SubmitButton>
    </form>
  );
}

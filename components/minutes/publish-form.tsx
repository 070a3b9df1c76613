"use client";

import { useActionState } from "react";
import { FormMessage, TextAreaField } from "@/components/ui/fields";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { t } from "@/lib/i18n";

type Props = {
  meetingId: string;
  /** A correction needs a change note, which passes the publication gate with the text. */
  correction: boolean;
  action: (s: FormState, f: FormData) => Promise<FormState>;
};

/** Publishes a version; a refused change note comes back with the officer's text in the field. */
export function PublishForm({ meetingId, correction, action }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="utrecht-form" aria-label={t("minutes.publish")} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="meetingId" value={meetingId} />
      {correction ? (
        <TextAreaField
          name="changeNote"
          idPrefix="publiceren"
          label={t("minutes.changeNote")}
          description={t("minutes.changeNoteHint")}
          state={state}
          rows={2}
          maxLength={1000}
          required
        />
      ) : null}
      <ConfirmSubmit
        label={t("minutes.publish")}
        question={t("confirm.minutesQuestion")}
        consequence={t("confirm.minutesConsequence")}
        confirmLabel={t("confirm.minutesConfirm")}
      />
    </form>
  );
}

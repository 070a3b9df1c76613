"use client";

import { useActionState } from "react";
import { editIntroductionDraftKey } from "./draft-keys";
import { RichTextEditor } from "@/components/editor/rich-text-editor";
import { FormMessage, TextAreaField, TextField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState, type FormValues } from "@/lib/http/form-state";
import { t } from "@/lib/i18n";
import type { RichTextDoc } from "@/lib/rich-text/schema";

type Props = {
  consultationId: string;
  published: boolean;
  introduction: RichTextDoc;
  defaults: FormValues;
  action: (s: FormState, f: FormData) => Promise<FormState>;
};

export function ConsultationEditForm({ consultationId, published, introduction, defaults, action }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const shown: FormState = {
    ...state,
    values: state.values && Object.keys(state.values).length ? state.values : defaults,
  };
  return (
    <form action={formAction} className="utrecht-form inkoop-stack" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="consultationId" value={consultationId} />
      <TextField name="title" label={t("consultation.title")} state={shown} required maxLength={200} />
      {(state.fieldErrors?.introduction ?? []).map((e) => (
        <p key={e} className="utrecht-form-field-error-message">
          {e}
        </p>
      ))}
      <RichTextEditor
        name="introduction"
        label={t("consultation.introduction")}
        initial={introduction}
        draftKey={editIntroductionDraftKey(consultationId)}
        savedAt={null}
      />
      <div className="inkoop-field-row">
        <TextField
          type="datetime-local"
          name="opensAt"
          label={t("consultation.opensAt")}
          description={t("consultation.timeHint")}
          state={shown}
          required
        />
        <TextField
          type="datetime-local"
          name="closesAt"
          label={t("consultation.closesAt")}
          description={t("consultation.timeHint")}
          state={shown}
          required
        />
      </div>
      {published ? (
        <TextAreaField
          name="changeSummary"
          label={t("consultation.changeSummary")}
          description={t("consultation.changeSummaryHint")}
          state={shown}
          rows={3}
          maxLength={1000}
          required
        />
      ) : null}
      <SubmitButton>{t("consultation.save")}</SubmitButton>
    </form>
  );
}

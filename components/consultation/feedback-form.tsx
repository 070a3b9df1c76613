"use client";

import { useActionState } from "react";
import { RichTextEditor } from "@/components/editor/rich-text-editor";
import { FormMessage } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { t } from "@/lib/i18n";

type Props = { consultationId: string; action: (s: FormState, f: FormData) => Promise<FormState> };

export function FeedbackForm({ consultationId, action }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="utrecht-form inkoop-stack" noValidate>
      <FormMessage state={state} />
      {(state.fieldErrors?.feedback ?? []).map((e) => (
        <p key={e} className="utrecht-form-field-error-message">
          {e}
        </p>
      ))}
      <input type="hidden" name="consultationId" value={consultationId} />
      <RichTextEditor
        name="feedback"
        label={t("consultation.feedbackLabel")}
        initial={null}
        draftKey={`terugkoppeling:${consultationId}`}
        savedAt={null}
      />
      <SubmitButton>{t("consultation.publishFeedback")}</SubmitButton>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { RedactingEditor } from "@/components/editor/redacting-editor";
import { FormMessage } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { t } from "@/lib/i18n";

type Props = { consultationId: string; action: (s: FormState, f: FormData) => Promise<FormState> };

const NO_OPTIONS = {};

/** Feedback leaves the municipality like minutes do: redacted, every suggestion decided, through the gate. */
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
      <RedactingEditor
        name="feedback"
        dismissedName="dismissedFindings"
        label={t("consultation.feedbackLabel")}
        testId="editor-feedback"
        initial={null}
        dismissed={[]}
        options={NO_OPTIONS}
        readOnly={false}
        draftKey={`terugkoppeling:${consultationId}`}
        saved={state.status === "success"}
      />
      <SubmitButton>{t("consultation.publishFeedback")}</SubmitButton>
    </form>
  );
}

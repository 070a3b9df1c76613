"use client";

import { useActionState } from "react";
import { feedbackDraftKey } from "./draft-keys";
import { RedactingEditor } from "@/components/editor/redacting-editor";
import { FormMessage } from "@/components/ui/fields";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
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
        draftKey={feedbackDraftKey(consultationId)}
        saved={state.status === "success"}
      />
      <ConfirmSubmit
        label={t("consultation.publishFeedback")}
        question={t("confirm.feedbackQuestion")}
        consequence={t("confirm.feedbackConsequence")}
        confirmLabel={t("confirm.feedbackConfirm")}
      />
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { feedbackDraftKey } from "./draft-keys";
import { RedactingEditor } from "@/components/editor/redacting-editor";
import { FormMessage } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { t } from "@/lib/i18n";
import type { DetectOptions } from "@/lib/redaction/finding";
import type { RichTextDoc } from "@/lib/rich-text/schema";

type Props = {
  consultationId: string;
  revision: number;
  initial: RichTextDoc | null;
  dismissed: string[];
  /** What the detector is told: participants and officials are not clients, published figures are public. */
  options: DetectOptions;
  readOnly: boolean;
  action: (s: FormState, f: FormData) => Promise<FormState>;
};

/**
 * Feedback is written like minutes: redacted, every suggestion decided, then submitted to a colleague
 * (four eyes) before it passes the publication gate.
 */
export function FeedbackForm({ consultationId, revision, initial, dismissed, options, readOnly, action }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form
      action={formAction}
      className="utrecht-form inkoop-stack"
      aria-label={t("consultation.feedbackLabel")}
      noValidate
    >
      <FormMessage state={state} />
      {(state.fieldErrors?.feedback ?? []).map((e) => (
        <p key={e} className="utrecht-form-field-error-message">
          {e}
        </p>
      ))}
      <input type="hidden" name="consultationId" value={consultationId} />
      <input type="hidden" name="revision" value={revision} />
      <RedactingEditor
        name="feedback"
        dismissedName="dismissedFindings"
        label={t("consultation.feedbackLabel")}
        testId="editor-feedback"
        initial={initial}
        dismissed={dismissed}
        options={options}
        readOnly={readOnly}
        draftKey={`${feedbackDraftKey(consultationId)}:${revision}`}
        saved={state.status === "success"}
      />
      {readOnly ? null : <SubmitButton>{t("consultation.feedbackSave")}</SubmitButton>}
    </form>
  );
}

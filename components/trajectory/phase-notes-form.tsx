"use client";

import { useActionState } from "react";
import { RichTextEditor } from "@/components/editor/rich-text-editor";
import { FormMessage } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { t } from "@/lib/i18n";
import type { RichTextDoc } from "@/lib/rich-text/schema";
import type { Phase } from "@/lib/trajectory/constants";

type Props = {
  trajectoryId: string;
  phase: Phase;
  initial: RichTextDoc | null;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
};

export function PhaseNotesForm({ trajectoryId, phase, initial, action }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="utrecht-form inkoop-stack" noValidate>
      <FormMessage state={state} />
      {(state.fieldErrors?.notes ?? []).map((e) => (
        <p key={e} className="utrecht-form-field-error-message">
          {e}
        </p>
      ))}
      <input type="hidden" name="trajectoryId" value={trajectoryId} />
      <input type="hidden" name="phase" value={phase} />
      <RichTextEditor
        name="notes"
        label={t("notes.label")}
        initial={initial}
        draftKey={`notities:${trajectoryId}:${phase}`}
        savedAt={state.status === "success" ? String(Date.now()) : null}
      />
      <SubmitButton>{t("notes.save")}</SubmitButton>
    </form>
  );
}

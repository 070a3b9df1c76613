"use client";

import { useActionState, useState } from "react";
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
  // Counts the saves the server confirmed, so the editor knows when to drop its browser draft.
  const [saves, setSaves] = useState(0);
  const [state, formAction] = useActionState(async (previous: FormState, formData: FormData) => {
    const next = await action(previous, formData);
    if (next.status === "success") setSaves((n) => n + 1);
    return next;
  }, IDLE);
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
        savedAt={state.status === "success" ? String(saves) : null}
      />
      <SubmitButton>{t("notes.save")}</SubmitButton>
    </form>
  );
}

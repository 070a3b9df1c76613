"use client";

import { useActionState } from "react";
import { formFieldClass, FormMessage, TextField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { t } from "@/lib/i18n";
import type { Phase } from "@/lib/trajectory/constants";

type Props = {
  trajectoryId: string;
  phase: Phase;
  consultationId?: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
};

export function DocumentUploadForm({ trajectoryId, phase, consultationId, action }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const fileErrors = state.fieldErrors?.file ?? [];
  return (
    <form action={formAction} className="utrecht-form inkoop-card" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="trajectoryId" value={trajectoryId} />
      <input type="hidden" name="phase" value={phase} />
      {consultationId ? <input type="hidden" name="consultationId" value={consultationId} /> : null}
      <TextField name="title" label={t("upload.docTitle")} state={state} required maxLength={200} />
      <div className={formFieldClass(fileErrors.length > 0, "inkoop-file-field")}>
        <label className="utrecht-form-label" htmlFor="veld-file">
          {t("upload.file")}
        </label>
        {fileErrors.map((e) => (
          <p key={e} className="utrecht-form-field-error-message" id="veld-file-fout">
            {e}
          </p>
        ))}
        <input
          id="veld-file"
          name="file"
          type="file"
          accept="application/pdf,.pdf"
          aria-invalid={fileErrors.length ? true : undefined}
          aria-describedby={fileErrors.length ? "veld-file-fout" : undefined}
        />
      </div>
      {consultationId ? null : (
        <div className="inkoop-checkbox-field">
          <label>
            <input
              type="checkbox"
              name="isPublic"
              className="utrecht-checkbox utrecht-checkbox--html-input"
              defaultChecked={state.values?.isPublic === "on"}
            />{" "}
            {t("upload.isPublic")}
          </label>
        </div>
      )}
      <SubmitButton>{t("upload.submit")}</SubmitButton>
    </form>
  );
}

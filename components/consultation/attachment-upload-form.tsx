"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { useT } from "@/lib/i18n/client";
import type { AttachmentUploadKey } from "./texts";

type Props = { consultationId: string; maxMb: number; action: (s: FormState, f: FormData) => Promise<FormState> };

export function AttachmentUploadForm({ consultationId, maxMb, action }: Props) {
  const t = useT<AttachmentUploadKey>();
  const [state, formAction] = useActionState(action, IDLE);
  const errors = state.fieldErrors?.file ?? [];
  return (
    <form action={formAction} className="utrecht-form" noValidate aria-label={t("attachments.upload")}>
      <FormMessage state={state} />
      <input type="hidden" name="consultationId" value={consultationId} />
      <div className={`utrecht-form-field${errors.length ? " utrecht-form-field--invalid" : ""}`}>
        <label className="utrecht-form-label" htmlFor="bijlage-file">
          {t("attachments.file")}
        </label>
        <p className="utrecht-form-field-description" id="bijlage-file-beschrijving">
          {t("attachments.hint", { max: maxMb })}
        </p>
        {errors.map((e) => (
          <p key={e} className="utrecht-form-field-error-message" id="bijlage-file-fout">
            {e}
          </p>
        ))}
        <input
          id="bijlage-file"
          name="file"
          type="file"
          accept=".pdf,.docx,.xlsx,application/pdf"
          aria-invalid={errors.length ? true : undefined}
          aria-describedby={`bijlage-file-beschrijving${errors.length ? " bijlage-file-fout" : ""}`}
        />
      </div>
      <SubmitButton variant="secondary">{t("attachments.upload")}</SubmitButton>
    </form>
  );
}

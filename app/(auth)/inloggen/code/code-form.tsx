"use client";

import { useActionState } from "react";
import { FormMessage, TextField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/http/form-state";
import { useT } from "@/lib/i18n/client";
import type { CodeFormKey } from "../../texts";
import { verifyCode } from "../../second-factor-actions";

export function CodeForm({ next }: { next: string }) {
  const t = useT<CodeFormKey>();
  const [state, action] = useActionState(verifyCode, IDLE);
  return (
    <form action={action} noValidate className="utrecht-form">
      <FormMessage state={state} />
      <input type="hidden" name="next" value={next} />
      <TextField
        name="code"
        label={t("secondFactor.code")}
        description={t("secondFactor.codeHint")}
        state={state}
        autoComplete="one-time-code"
        required
        maxLength={40}
      />
      <SubmitButton>{t("secondFactor.verify")}</SubmitButton>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/http/form-state";
import { useT } from "@/lib/i18n/client";
import type { ConfirmFormKey } from "../texts";
import { confirmEmail } from "../password-actions";

export function ConfirmEmailForm({ token }: { token: string }) {
  const t = useT<ConfirmFormKey>();
  const [state, action] = useActionState(confirmEmail, IDLE);
  return (
    <form action={action} noValidate className="utrecht-form">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton>{t("verification.confirm")}</SubmitButton>
    </form>
  );
}

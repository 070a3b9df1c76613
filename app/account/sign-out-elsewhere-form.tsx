"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/http/form-state";
import { t } from "@/lib/i18n";
import { signOutElsewhereAction } from "./session-actions";

export function SignOutElsewhereForm() {
  const [state, action] = useActionState(signOutElsewhereAction, IDLE);
  return (
    <form action={action} className="utrecht-form" aria-label={t("sessions.signOutElsewhere")}>
      <FormMessage state={state} />
      <p className="utrecht-paragraph">{t("sessions.signOutElsewhereHint")}</p>
      <SubmitButton variant="secondary">{t("sessions.signOutElsewhere")}</SubmitButton>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/http/form-state";
import { useT } from "@/lib/i18n/client";
import { signOutElsewhereAction } from "./session-actions";
import type { SignOutElsewhereKey } from "./texts";

/** Stays on the page after use, so its outcome remains readable once the other sessions are gone. */
export function SignOutElsewhereForm({ others }: { others: number }) {
  const t = useT<SignOutElsewhereKey>();
  const [state, action] = useActionState(signOutElsewhereAction, IDLE);
  return (
    <form action={action} className="utrecht-form" aria-label={t("sessions.signOutElsewhere")}>
      <FormMessage state={state} />
      {others > 0 ? (
        <>
          <p className="utrecht-paragraph">{t("sessions.signOutElsewhereHint")}</p>
          <SubmitButton variant="secondary">{t("sessions.signOutElsewhere")}</SubmitButton>
        </>
      ) : (
        <p className="utrecht-paragraph">{t("sessions.onlyHere")}</p>
      )}
    </form>
  );
}

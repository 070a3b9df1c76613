"use client";

import { useActionState } from "react";
import { RecoveryCodeList } from "@/components/auth/recovery-code-list";
import { FormMessage, TextField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/http/form-state";
import { useT } from "@/lib/i18n/client";
import type { EnrolFormKey } from "../../texts";
import { confirmEnrolmentAtSignIn, finishEnrolment } from "../../second-factor-actions";

/** First the code that proves the app works, then the recovery codes and the way on into the portal. */
export function EnrolAtSignInForm({ next, done }: { next: string; done: boolean }) {
  const t = useT<EnrolFormKey>();
  const [state, action] = useActionState(confirmEnrolmentAtSignIn, IDLE);
  const [finishState, finish] = useActionState(finishEnrolment, IDLE);
  const codes = state.status === "success" ? (state.meta?.codes ?? "").split(" ").filter(Boolean) : [];
  if (codes.length > 0 || done) {
    return (
      <div className="inkoop-stack">
        <FormMessage state={done ? { status: "success", message: t("secondFactor.enrolled") } : state} />
        {codes.length > 0 ? <RecoveryCodeList codes={codes} intro={t("secondFactor.recoveryIntro")} /> : null}
        <form action={finish} noValidate>
          <FormMessage state={finishState} />
          <input type="hidden" name="next" value={next} />
          <SubmitButton>{t("secondFactor.continue")}</SubmitButton>
        </form>
      </div>
    );
  }
  return (
    <form action={action} noValidate className="utrecht-form">
      <FormMessage state={state} />
      <input type="hidden" name="next" value={next} />
      <TextField
        name="code"
        label={t("secondFactor.firstCode")}
        state={state}
        autoComplete="one-time-code"
        required
        maxLength={40}
      />
      <SubmitButton>{t("secondFactor.activate")}</SubmitButton>
    </form>
  );
}

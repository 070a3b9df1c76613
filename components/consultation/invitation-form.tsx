"use client";

import { useActionState } from "react";
import { CheckboxGroup, FormMessage } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { t } from "@/lib/i18n";

type Option = { value: string; label: string };
type Props = { consultationId: string; providers: Option[]; people: Option[]; action: (s: FormState, f: FormData) => Promise<FormState> };

export function InvitationForm({ consultationId, providers, people, action }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="utrecht-form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="consultationId" value={consultationId} />
      {providers.length ? <CheckboxGroup name="providerIds" legend={t("consultation.inviteProviders")} state={state} options={providers} /> : null}
      {people.length ? <CheckboxGroup name="userIds" legend={t("consultation.invitePeople")} state={state} options={people} /> : null}
      <SubmitButton>{t("consultation.invite")}</SubmitButton>
    </form>
  );
}

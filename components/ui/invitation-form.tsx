"use client";

import { useActionState } from "react";
import { CheckboxGroup, FormMessage } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { t } from "@/lib/i18n";

type Option = { value: string; label: string };
type Props = {
  hidden: Record<string, string>;
  providers: Option[];
  people: Option[];
  action: (s: FormState, f: FormData) => Promise<FormState>;
};

/**
 * Invite provider organisations and council members, to a consultation or a meeting. A problem is reported at the
 * top, where the lists start; the outcome of a send next to the button that sent it, below lists that can be long.
 */
export function InvitationForm({ hidden, providers, people, action }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="utrecht-form" noValidate>
      {state.status === "error" ? <FormMessage state={state} /> : null}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {providers.length ? (
        <CheckboxGroup
          name="providerIds"
          legend={t("consultation.inviteProviders")}
          state={state}
          options={providers}
        />
      ) : null}
      {people.length ? (
        <CheckboxGroup name="userIds" legend={t("consultation.invitePeople")} state={state} options={people} />
      ) : null}
      <SubmitButton>{t("consultation.invite")}</SubmitButton>
      {state.status === "success" ? <FormMessage state={state} /> : null}
    </form>
  );
}

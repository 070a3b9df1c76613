"use client";

import { useActionState } from "react";
import { FormMessage, TextAreaField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { ASPECTS, guidanceFieldName, PERSPECTIVES } from "@/lib/guidance/validation";
import { t } from "@/lib/i18n";
import type { Phase } from "@/lib/trajectory/constants";

type Props = {
  phase: Phase;
  current: Record<string, string>;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
};

export function GuidanceForm({ phase, current, action }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  // After a failed save the user's own text stays; otherwise show what is stored.
  const shown: FormState = { ...state, values: state.status === "error" ? state.values : current };
  return (
    <form action={formAction} className="utrecht-form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="phase" value={phase} />
      <div className="inkoop-grid-2">
        {PERSPECTIVES.map((perspective) => (
          <div key={perspective}>
            {ASPECTS.map((aspect) => (
              <TextAreaField
                key={aspect}
                name={guidanceFieldName(perspective, aspect)}
                label={t("guidanceAdmin.items", {
                  aspect: t(`aspect.${aspect}`),
                  perspective: t(`perspective.${perspective}`),
                })}
                state={shown}
                rows={6}
              />
            ))}
          </div>
        ))}
      </div>
      <SubmitButton>{t("guidanceAdmin.save")}</SubmitButton>
    </form>
  );
}

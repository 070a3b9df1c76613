"use client";

import { useActionState } from "react";
import { FormMessage, TextField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { t } from "@/lib/i18n";

type Props = {
  trajectoryId: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
};

/** Adds one published figure; on an error every field keeps what the officer typed. */
export function PublicFigureForm({ trajectoryId, action }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="utrecht-form inkoop-stack" aria-labelledby="cijfer-toevoegen" noValidate>
      <h2 id="cijfer-toevoegen" className="utrecht-heading-2">
        {t("publicFigures.add")}
      </h2>
      <FormMessage state={state} />
      <input type="hidden" name="trajectoryId" value={trajectoryId} />
      <TextField
        name="figure"
        label={t("publicFigures.figure")}
        description={t("publicFigures.figureHint")}
        state={state}
        required
        maxLength={40}
      />
      <TextField
        name="description"
        label={t("publicFigures.description")}
        description={t("publicFigures.descriptionHint")}
        state={state}
        required
        maxLength={200}
      />
      <TextField
        name="source"
        label={t("publicFigures.source")}
        description={t("publicFigures.sourceHint")}
        state={state}
        maxLength={300}
      />
      <SubmitButton>{t("publicFigures.add")}</SubmitButton>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { CheckboxGroup, FormMessage, SelectField, TextField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { t } from "@/lib/i18n";

type Option = { value: string; label: string };
type Props = {
  trajectories: Option[];
  products: Option[];
  subregions: Option[];
  trajectoryId?: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
};

export function TableForm({ trajectories, products, subregions, trajectoryId, action }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="utrecht-form inkoop-stack" noValidate>
      <FormMessage state={state} />
      <SelectField
        name="trajectoryId"
        label={t("overlegtafel.field_trajectory")}
        state={state}
        required
        defaultValue={trajectoryId}
        options={trajectories}
      />
      <TextField name="title" label={t("overlegtafel.field_title")} state={state} required maxLength={200} />
      <SelectField
        name="subject"
        label={t("overlegtafel.field_subject")}
        state={state}
        required
        defaultValue="product"
        options={(["product", "products", "theme"] as const).map((s) => ({
          value: s,
          label: t(`overlegtafel.subject_${s}`),
        }))}
      />
      <CheckboxGroup
        name="productIds"
        legend={t("overlegtafel.field_products")}
        description={t("overlegtafel.field_productsHint")}
        state={state}
        options={products}
      />
      <TextField
        name="theme"
        label={t("overlegtafel.field_theme")}
        description={t("overlegtafel.field_themeHint")}
        state={state}
        maxLength={300}
      />
      <SelectField
        name="subregionId"
        label={t("overlegtafel.field_scope")}
        state={state}
        defaultValue=""
        options={[{ value: "", label: t("overlegtafel.wholeRegion") }, ...subregions]}
      />
      <SubmitButton>{t("overlegtafel.save")}</SubmitButton>
    </form>
  );
}

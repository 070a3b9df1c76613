"use client";

import { useActionState } from "react";
import { CheckboxGroup, FormMessage } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { t } from "@/lib/i18n";

type Option = { value: string; label: string };
type Props = {
  providerId: string;
  providerName: string;
  products: Option[];
  subregions: Option[];
  productIds: string[];
  subregionIds: string[];
  action: (state: FormState, formData: FormData) => Promise<FormState>;
};

/** The officer ticks the products and sub-regions a provider is contracted for, or that it no longer is. */
export function ContractForm({
  providerId,
  providerName,
  products,
  subregions,
  productIds,
  subregionIds,
  action,
}: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form
      action={formAction}
      className="utrecht-form inkoop-stack"
      aria-label={t("overlegtafel.contractFormLabel", { name: providerName })}
      noValidate
    >
      <FormMessage state={state} />
      <input type="hidden" name="providerId" value={providerId} />
      <CheckboxGroup
        name="productIds"
        legend={t("overlegtafel.contractProducts")}
        state={state}
        options={products}
        defaultValues={productIds}
      />
      <CheckboxGroup
        name="subregionIds"
        legend={t("overlegtafel.contractSubregions")}
        state={state}
        options={subregions}
        defaultValues={subregionIds}
      />
      <CheckboxGroup
        name="ended"
        legend={t("overlegtafel.contractEnded")}
        state={state}
        options={[{ value: "1", label: t("overlegtafel.contractEndedOption") }]}
      />
      <SubmitButton>{t("overlegtafel.contractSave")}</SubmitButton>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { CheckboxGroup, FormMessage, SelectField, TextAreaField, TextField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState, type FormValues } from "@/lib/http/form-state";
import { t } from "@/lib/i18n";
import { CARE_DOMAINS, LEGAL_STAGES, PHASES, PROCEDURE_TYPES } from "@/lib/trajectory/constants";
import { RESPONSIBILITY_ROWS } from "@/lib/trajectory/validation";

type Option = { value: string; label: string };
type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  products: Option[];
  municipalities: Option[];
  defaults?: FormValues;
  submitLabel: string;
};

const arr = (v: FormValues | undefined, k: string) => (Array.isArray(v?.[k]) ? v[k] : []);

export function TrajectoryForm({ action, products, municipalities, defaults, submitLabel }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const shown = state.values && Object.keys(state.values).length ? state.values : defaults;
  const s: FormState = { ...state, values: shown };
  const tasks = arr(shown, "responsibilityTask");
  const people = arr(shown, "responsibilityPerson");
  return (
    <form action={formAction} noValidate className="utrecht-form inkoop-stack">
      <FormMessage state={state} />
      <TextField name="title" label={t("trajectoryForm.title")} state={s} required maxLength={200} />
      <TextAreaField
        name="summary"
        label={t("trajectoryForm.summary")}
        description={t("trajectoryForm.summaryHint")}
        state={s}
        required
        maxLength={4000}
      />
      <div className="inkoop-field-row">
        <SelectField
          name="domain"
          label={t("trajectoryForm.domain")}
          state={s}
          required
          options={CARE_DOMAINS.map((d) => ({ value: d, label: t(`domain.${d}`) }))}
        />
        <SelectField
          name="legalStage"
          label={t("trajectoryForm.legalStage")}
          state={s}
          required
          options={LEGAL_STAGES.map((d) => ({ value: d, label: t(`legalStage.${d}`) }))}
        />
        <SelectField
          name="visibility"
          label={t("trajectoryForm.visibility")}
          state={s}
          required
          defaultValue="public"
          options={(["public", "internal"] as const).map((d) => ({ value: d, label: t(`visibility.${d}`) }))}
        />
      </div>
      <div className="inkoop-field-row">
        <SelectField
          name="procedureType"
          label={t("trajectoryForm.procedure")}
          description={t("trajectoryForm.procedureHint")}
          state={s}
          required
          options={PROCEDURE_TYPES.map((d) => ({ value: d, label: t(`procedure.${d}`) }))}
        />
        <TextField
          name="estimatedValue"
          label={t("trajectoryForm.estimatedValue")}
          description={t("trajectoryForm.estimatedValueHint")}
          state={s}
        />
      </div>
      <CheckboxGroup
        name="productIds"
        legend={t("trajectoryForm.products")}
        state={s}
        options={products}
        defaultValues={arr(shown, "productIds")}
      />
      <CheckboxGroup
        name="municipalityIds"
        legend={t("trajectoryForm.municipalities")}
        description={t("trajectoryForm.municipalitiesHint")}
        state={s}
        options={municipalities}
        defaultValues={arr(shown, "municipalityIds")}
      />
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--distanced">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {t("trajectoryForm.timeline")}
        </legend>
        <p className="utrecht-form-field-description">{t("trajectoryForm.timelineHint")}</p>
        {PHASES.map((phase, i) => (
          <div className="inkoop-field-row" key={phase}>
            <TextField
              type="date"
              name={`plannedStart_${phase}`}
              label={t("trajectoryForm.plannedStart", { n: i + 1, phase: t(`phase.${phase}`) })}
              state={s}
              required
            />
            <TextField
              type="date"
              name={`plannedEnd_${phase}`}
              label={t("trajectoryForm.plannedEnd", { n: i + 1, phase: t(`phase.${phase}`) })}
              state={s}
              required
            />
          </div>
        ))}
      </fieldset>
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--distanced">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {t("trajectoryForm.responsibilities")}
        </legend>
        <p className="utrecht-form-field-description">{t("trajectoryForm.responsibilitiesHint")}</p>
        {[...(state.fieldErrors?.responsibilityTask ?? []), ...(state.fieldErrors?.responsibilityPerson ?? [])].map(
          (e) => (
            <p key={e} className="utrecht-form-field-error-message">
              {e}
            </p>
          ),
        )}
        {Array.from({ length: RESPONSIBILITY_ROWS }, (_, i) => (
          <div className="inkoop-field-row" key={i}>
            <ResponsibilityInput
              name="responsibilityTask"
              label={t("trajectoryForm.taskN", { n: i + 1 })}
              value={tasks[i]}
              index={i}
            />
            <ResponsibilityInput
              name="responsibilityPerson"
              label={t("trajectoryForm.responsibleN", { n: i + 1 })}
              value={people[i]}
              index={i}
            />
          </div>
        ))}
      </fieldset>
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}

function ResponsibilityInput({
  name,
  label,
  value,
  index,
}: {
  name: string;
  label: string;
  value?: string;
  index: number;
}) {
  const id = `veld-${name}-${index}`;
  return (
    <div className="utrecht-form-field">
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        name={name}
        className="utrecht-textbox utrecht-textbox--html-input"
        defaultValue={value ?? ""}
        maxLength={200}
      />
    </div>
  );
}

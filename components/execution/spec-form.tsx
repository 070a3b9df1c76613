"use client";

import { useActionState } from "react";
import {
  CheckboxGroup,
  describedBy,
  formFieldClass,
  FormMessage,
  SelectField,
  TextAreaField,
  TextField,
} from "@/components/ui/fields";
import { TextDecisionField } from "@/components/meeting/text-decision-field";
import { ConfirmSubmit, type Confirmation } from "@/components/ui/confirm-submit";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/http/form-state";

type Option = { value: string; label: string };
export type FieldSpec =
  | {
      kind: "text" | "date" | "datetime-local" | "number";
      name: string;
      label: string;
      description?: string;
      required?: boolean;
      defaultValue?: string;
      maxLength?: number;
    }
  | {
      kind: "textarea";
      name: string;
      label: string;
      description?: string;
      required?: boolean;
      defaultValue?: string;
      rows?: number;
      maxLength?: number;
    }
  | {
      kind: "select";
      name: string;
      label: string;
      description?: string;
      required?: boolean;
      defaultValue?: string;
      options: Option[];
    }
  | {
      kind: "checkboxes";
      name: string;
      label: string;
      description?: string;
      options: Option[];
      defaultValues?: string[];
    }
  | { kind: "checkbox"; name: string; label: string; defaultChecked?: boolean }
  | { kind: "file"; name: string; label: string; description?: string; accept: string };

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: FieldSpec[];
  hidden?: Record<string, string>;
  submitLabel: string;
  label: string;
  idPrefix: string;
  variant?: "primary" | "secondary";
  /** The form's texts pass the gate for plain texts: it asks for a decision on findings when needed. */
  textDecision?: boolean;
  /** An irreversible step: the button asks first (and the server action requires the answer). */
  confirm?: Confirmation;
};

/**
 * A form described by plain data, so server pages can declare it: every field shows its own Dutch
 * error and keeps what the user typed after a failed submit (a chosen file cannot be kept by browsers).
 */
export function SpecForm(props: Props) {
  const {
    action,
    fields,
    hidden = {},
    submitLabel,
    label,
    idPrefix,
    variant = "primary",
    textDecision,
    confirm,
  } = props;
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} aria-label={label} className="utrecht-form inkoop-card" noValidate>
      <FormMessage state={state} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((f) => {
        switch (f.kind) {
          case "textarea":
            return (
              <TextAreaField
                key={f.name}
                idPrefix={idPrefix}
                name={f.name}
                label={f.label}
                description={f.description}
                required={f.required}
                defaultValue={f.defaultValue}
                rows={f.rows}
                maxLength={f.maxLength}
                state={state}
              />
            );
          case "select":
            return (
              <SelectField
                key={f.name}
                idPrefix={idPrefix}
                name={f.name}
                label={f.label}
                description={f.description}
                required={f.required}
                defaultValue={f.defaultValue}
                options={f.options}
                state={state}
              />
            );
          case "checkboxes":
            return (
              <CheckboxGroup
                key={f.name}
                name={f.name}
                legend={f.label}
                description={f.description}
                options={f.options}
                defaultValues={f.defaultValues}
                state={state}
              />
            );
          case "checkbox": {
            const checked = state.status === "error" ? state.values?.[f.name] === "on" : Boolean(f.defaultChecked);
            return (
              <div key={f.name} className="inkoop-checkbox-field">
                <label>
                  <input
                    key={String(checked)}
                    type="checkbox"
                    name={f.name}
                    className="utrecht-checkbox utrecht-checkbox--html-input"
                    defaultChecked={checked}
                  />{" "}
                  {f.label}
                </label>
              </div>
            );
          }
          case "file":
            return (
              <FileField
                key={f.name}
                id={`${idPrefix}-${f.name}`}
                name={f.name}
                label={f.label}
                description={f.description}
                accept={f.accept}
                errors={state.fieldErrors?.[f.name] ?? []}
              />
            );
          default:
            return (
              <TextField
                key={f.name}
                idPrefix={idPrefix}
                type={f.kind === "number" ? "text" : f.kind}
                name={f.name}
                label={f.label}
                description={f.description}
                required={f.required}
                defaultValue={f.defaultValue}
                maxLength={f.maxLength}
                state={state}
              />
            );
        }
      })}
      {textDecision ? <TextDecisionField state={state} idPrefix={idPrefix} /> : null}
      {confirm ? (
        <ConfirmSubmit {...confirm} label={submitLabel} variant={variant} />
      ) : (
        <SubmitButton variant={variant}>{submitLabel}</SubmitButton>
      )}
    </form>
  );
}

function FileField({
  id,
  name,
  label,
  description,
  accept,
  errors,
}: {
  id: string;
  name: string;
  label: string;
  description?: string;
  accept: string;
  errors: string[];
}) {
  const described = describedBy(id, description, errors);
  return (
    <div className={formFieldClass(errors.length > 0, "inkoop-file-field")}>
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
      {description ? (
        <p className="utrecht-form-field-description" id={`${id}-beschrijving`}>
          {description}
        </p>
      ) : null}
      {errors.map((e) => (
        <p key={e} className="utrecht-form-field-error-message" id={`${id}-fout`}>
          {e}
        </p>
      ))}
      <input
        id={id}
        name={name}
        type="file"
        accept={accept}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={described}
      />
    </div>
  );
}

"use client";

import { ConfirmSubmit, type Confirmation } from "@/components/ui/confirm-submit";
import { useActionState } from "react";
import {
  describedBy,
  formFieldClass,
  FormMessage,
  SelectField,
  TextAreaField,
  TextField,
} from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/http/form-state";

export type FieldSpec =
  | {
      kind: "text" | "date" | "number-text";
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
      maxLength?: number;
      rows?: number;
    }
  | {
      kind: "select";
      name: string;
      label: string;
      description?: string;
      required?: boolean;
      defaultValue?: string;
      options: { value: string; label: string }[];
    }
  | { kind: "file"; name: string; label: string; description?: string; accept?: string };

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  hidden?: Record<string, string>;
  fields: FieldSpec[];
  submitLabel: string;
  /** Accessible name of the form; also keeps field ids unique when a page has several of these. */
  label: string;
  idPrefix: string;
  variant?: "primary" | "secondary";
  /** An irreversible action: the button asks first (and the server action requires the answer). */
  confirm?: Confirmation;
};

/**
 * A form of a few fields with one button. What the user typed comes back on an error, next to
 * the Dutch message for each field.
 */
export function FieldsForm({
  action,
  hidden = {},
  fields,
  submitLabel,
  label,
  idPrefix,
  variant = "primary",
  confirm,
}: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="utrecht-form inkoop-stack" aria-label={label} noValidate>
      <FormMessage state={state} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((f) => {
        const common = { name: f.name, label: f.label, description: f.description, state, idPrefix };
        switch (f.kind) {
          case "textarea":
            return (
              <TextAreaField
                key={f.name}
                {...common}
                required={f.required}
                defaultValue={f.defaultValue}
                maxLength={f.maxLength}
                rows={f.rows ?? 3}
              />
            );
          case "select":
            return (
              <SelectField
                key={f.name}
                {...common}
                required={f.required}
                defaultValue={f.defaultValue}
                options={f.options}
              />
            );
          case "file":
            return <FileField key={f.name} {...f} idPrefix={idPrefix} errors={state.fieldErrors?.[f.name] ?? []} />;
          default:
            return (
              <TextField
                key={f.name}
                {...common}
                type={f.kind === "date" ? "date" : "text"}
                required={f.required}
                defaultValue={f.defaultValue}
                maxLength={f.maxLength}
              />
            );
        }
      })}
      {confirm ? (
        <ConfirmSubmit {...confirm} label={submitLabel} variant={variant} />
      ) : (
        <SubmitButton variant={variant}>{submitLabel}</SubmitButton>
      )}
    </form>
  );
}

function FileField({
  name,
  label,
  description,
  accept,
  idPrefix,
  errors,
}: {
  name: string;
  label: string;
  description?: string;
  accept?: string;
  idPrefix: string;
  errors: string[];
}) {
  const id = `${idPrefix}-${name}`;
  return (
    <div className={formFieldClass(errors.length > 0)}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {description ? (
        <div className="utrecht-form-field-description" id={`${id}-beschrijving`}>
          {description}
        </div>
      ) : null}
      {errors.map((e) => (
        <p key={e} className="utrecht-form-field-error-message" id={`${id}-fout`}>
          {e}
        </p>
      ))}
      <input id={id} name={name} type="file" accept={accept} aria-describedby={describedBy(id, description, errors)} />
    </div>
  );
}

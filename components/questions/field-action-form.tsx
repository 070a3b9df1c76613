"use client";

import { useActionState } from "react";
import { FormMessage, SelectField, TextAreaField, TextField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/http/form-state";

export type FieldSpec =
  | { kind: "text" | "datetime-local"; name: string; label: string; description?: string; defaultValue?: string }
  | { kind: "textarea"; name: string; label: string; description?: string; defaultValue?: string }
  | {
      kind: "select";
      name: string;
      label: string;
      description?: string;
      defaultValue?: string;
      options: { value: string; label: string }[];
    };

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  hidden: Record<string, string>;
  fields: FieldSpec[];
  submitLabel: string;
  label: string;
  /** Keeps field ids apart when one page has several of these forms. */
  idPrefix: string;
  variant?: "primary" | "secondary";
};

/** A small officer form whose fields show their own errors and keep what was typed after a refusal. */
export function FieldActionForm({
  action,
  hidden,
  fields,
  submitLabel,
  label,
  idPrefix,
  variant = "secondary",
}: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} aria-label={label} className="utrecht-form" noValidate>
      <FormMessage state={state} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((f) => {
        const common = { name: f.name, label: f.label, description: f.description, state, idPrefix };
        // The fields show what was typed after a refusal (from the state) and the page's value otherwise.
        const defaultValue = f.defaultValue;
        if (f.kind === "textarea")
          return <TextAreaField key={f.name} {...common} defaultValue={defaultValue} rows={3} />;
        if (f.kind === "select")
          return <SelectField key={f.name} {...common} defaultValue={defaultValue} options={f.options} />;
        return <TextField key={f.name} {...common} defaultValue={defaultValue} type={f.kind} />;
      })}
      <SubmitButton variant={variant}>{submitLabel}</SubmitButton>
    </form>
  );
}

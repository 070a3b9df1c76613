import type { ReactNode } from "react";
import type { FormState } from "@/lib/http/form-state";
import { ErrorSummary } from "./error-summary";
import { LengthCounter } from "./length-counter";

/** `idPrefix` keeps ids unique when two forms on one page share field names. */
type Common = {
  name: string;
  label: string;
  state?: FormState;
  description?: string;
  required?: boolean;
  defaultValue?: string;
  idPrefix?: string;
};

function valueOf(state: FormState | undefined, name: string, fallback?: string): string | undefined {
  const v = state?.values?.[name];
  if (typeof v === "string") return v;
  return fallback;
}

function errorsOf(state: FormState | undefined, name: string): string[] {
  return state?.fieldErrors?.[name] ?? [];
}

/** The classes of a form field's wrapper, with the invalid modifier when the field has errors. */
export function formFieldClass(invalid: boolean, extra?: string): string {
  const classes = [
    "utrecht-form-field",
    "utrecht-form-field--distanced",
    extra,
    invalid && "utrecht-form-field--invalid",
  ];
  return classes.filter(Boolean).join(" ");
}

function FieldShell({
  id,
  label,
  description,
  errors,
  children,
  required,
  after,
}: {
  id: string;
  label: string;
  description?: string;
  errors: string[];
  children: ReactNode;
  required?: boolean;
  /** Shown under the input, such as a character counter. */
  after?: ReactNode;
}) {
  return (
    <div className={formFieldClass(errors.length > 0)}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
          {required ? <span aria-hidden="true"> *</span> : null}
        </label>
      </div>
      {description ? (
        <div className="utrecht-form-field__description utrecht-form-field-description" id={`${id}-beschrijving`}>
          {description}
        </div>
      ) : null}
      {errors.map((e) => (
        <p key={e} className="utrecht-form-field__error-message utrecht-form-field-error-message" id={`${id}-fout`}>
          {e}
        </p>
      ))}
      <div className="utrecht-form-field__input">{children}</div>
      {after}
    </div>
  );
}

/** The ids of a field's description and error message, for `aria-describedby`. */
export function describedBy(id: string, description?: string, errors: string[] = [], counted = false) {
  const ids = [
    description ? `${id}-beschrijving` : null,
    errors.length ? `${id}-fout` : null,
    counted ? `${id}-teller` : null,
  ].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function TextField({
  name,
  idPrefix,
  label,
  state,
  description,
  required,
  defaultValue,
  type = "text",
  autoComplete,
  maxLength,
}: Common & { type?: string; autoComplete?: string; maxLength?: number }) {
  const id = `${idPrefix ?? "veld"}-${name}`;
  const errors = errorsOf(state, name);
  const value = type === "password" ? undefined : valueOf(state, name, defaultValue);
  // A limit is shown as a counter, never enforced by cutting off what the user types or pastes.
  const counter = maxLength && type !== "password" ? { max: maxLength } : undefined;
  return (
    <FieldShell
      id={id}
      label={label}
      description={description}
      errors={errors}
      required={required}
      after={counter ? <LengthCounter fieldId={id} max={counter.max} initialLength={value?.length ?? 0} /> : null}
    >
      <input
        id={id}
        name={name}
        type={type}
        className={`utrecht-textbox utrecht-textbox--html-input${errors.length ? " utrecht-textbox--invalid" : ""}`}
        defaultValue={value}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={describedBy(id, description, errors, Boolean(counter))}
        aria-required={required || undefined}
        autoComplete={autoComplete}
        maxLength={counter ? undefined : maxLength}
      />
    </FieldShell>
  );
}

export function TextAreaField({
  name,
  idPrefix,
  label,
  state,
  description,
  required,
  defaultValue,
  rows = 5,
  maxLength,
  onChange,
}: Common & { rows?: number; maxLength?: number; onChange?: (value: string) => void }) {
  const id = `${idPrefix ?? "veld"}-${name}`;
  const errors = errorsOf(state, name);
  const invalid = errors.length > 0;
  const value = valueOf(state, name, defaultValue);
  return (
    <FieldShell
      id={id}
      label={label}
      description={description}
      errors={errors}
      required={required}
      after={maxLength ? <LengthCounter fieldId={id} max={maxLength} initialLength={value?.length ?? 0} /> : null}
    >
      <textarea
        id={id}
        name={name}
        rows={rows}
        className={`utrecht-textarea utrecht-textarea--html-textarea${invalid ? " utrecht-textarea--invalid" : ""}`}
        defaultValue={value}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={describedBy(id, description, errors, Boolean(maxLength))}
        aria-required={required || undefined}
        onChange={onChange ? (e) => onChange(e.target.value) : undefined}
      />
    </FieldShell>
  );
}

export function SelectField({
  name,
  idPrefix,
  label,
  state,
  description,
  required,
  defaultValue,
  options,
}: Common & { options: { value: string; label: string }[] }) {
  const id = `${idPrefix ?? "veld"}-${name}`;
  const errors = errorsOf(state, name);
  return (
    <FieldShell id={id} label={label} description={description} errors={errors} required={required}>
      <select
        // A select only takes its default at mount, so a changed submitted value remounts it.
        key={valueOf(state, name, defaultValue) ?? ""}
        id={id}
        name={name}
        className={`utrecht-select utrecht-select--html-select${errors.length ? " utrecht-select--invalid" : ""}`}
        defaultValue={valueOf(state, name, defaultValue) ?? ""}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={describedBy(id, description, errors)}
        aria-required={required || undefined}
      >
        {/* A list with its own empty choice (e.g. "none") needs no placeholder. */}
        {options.some((o) => o.value === "") ? null : <option value="">— Kies —</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function CheckboxGroup({
  name,
  legend,
  state,
  options,
  defaultValues = [],
  description,
}: {
  name: string;
  legend: string;
  state?: FormState;
  options: { value: string; label: string }[];
  defaultValues?: string[];
  description?: string;
}) {
  const errors = errorsOf(state, name);
  const invalidClass = errors.length ? " utrecht-form-fieldset--invalid" : "";
  const submitted = state?.values?.[name];
  const checked = new Set(Array.isArray(submitted) ? submitted : defaultValues);
  const id = `groep-${name}`;
  return (
    <fieldset
      id={id}
      className={`utrecht-form-fieldset utrecht-form-fieldset--distanced${invalidClass}`}
      aria-describedby={describedBy(id, description, errors)}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
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
      <ul className="inkoop-checkbox-list">
        {options.map((o) => (
          <li key={o.value}>
            <label>
              <input
                key={String(checked.has(o.value))}
                type="checkbox"
                className="utrecht-checkbox utrecht-checkbox--html-input"
                name={name}
                value={o.value}
                defaultChecked={checked.has(o.value)}
              />{" "}
              {o.label}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** The outcome of a submit: the error summary of every problem at once, or a confirmation. */
export function FormMessage({ state }: { state: FormState }) {
  if (state.status === "idle") return null;
  if (state.status === "error") return <ErrorSummary state={state} />;
  if (!state.message) return null;
  return (
    <div className="utrecht-alert utrecht-alert--ok" role="status" data-testid="form-message">
      <div className="utrecht-alert__content">
        <p className="utrecht-paragraph">{state.message}</p>
      </div>
    </div>
  );
}

"use client";

import { useActionState, useState } from "react";
import { describedBy, formFieldClass, FormMessage, SelectField, TextField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/http/form-state";

type Option = { value: string; label: string };

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  contractId: string;
  subregions: Option[];
  kinds: Option[];
  defaultYear: string;
  maxBytes: number;
  text: {
    label: string;
    subregion: string;
    year: string;
    kind: string;
    file: string;
    fileHint: string;
    submit: string;
    /** Shown without uploading when the chosen file is larger than `maxBytes`; `{size}` is its size in MB. */
    tooLarge: string;
  };
};

/**
 * The officer's import of a year's messages or evaluations. A file above the limit is refused here,
 * before it is sent; the server checks the size again. The file's problems are listed at the field.
 */
export function KpiDataImportForm({ action, contractId, subregions, kinds, defaultYear, maxBytes, text }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const [sizeError, setSizeError] = useState<string | null>(null);
  const id = "meetgegevens-file";
  const fileErrors = sizeError ? [sizeError] : (state.fieldErrors?.file ?? []);
  return (
    <form
      action={formAction}
      aria-label={text.label}
      className="utrecht-form inkoop-card"
      noValidate
      onSubmit={(event) => {
        const input = event.currentTarget.elements.namedItem("file");
        const file = input instanceof HTMLInputElement ? input.files?.[0] : undefined;
        if (file && file.size > maxBytes) {
          event.preventDefault();
          setSizeError(text.tooLarge.replace("{size}", String(Math.ceil(file.size / (1024 * 1024)))));
        } else setSizeError(null);
      }}
    >
      <FormMessage state={state} />
      <input type="hidden" name="contractId" value={contractId} />
      <SelectField idPrefix="meetgegevens" name="kind" label={text.kind} required options={kinds} state={state} />
      <SelectField
        idPrefix="meetgegevens"
        name="subregionId"
        label={text.subregion}
        required
        options={subregions}
        state={state}
      />
      <TextField
        idPrefix="meetgegevens"
        name="year"
        type="number"
        label={text.year}
        required
        defaultValue={defaultYear}
        state={state}
      />
      <div className={formFieldClass(fileErrors.length > 0, "inkoop-file-field")}>
        <label className="utrecht-form-label" htmlFor={id}>
          {text.file}
        </label>
        <p className="utrecht-form-field-description" id={`${id}-beschrijving`}>
          {text.fileHint}
        </p>
        {fileErrors.length ? (
          <div className="utrecht-form-field-error-message" id={`${id}-fout`} data-testid="import-problems">
            <p className="utrecht-paragraph">{fileErrors[0]}</p>
            {fileErrors.length > 1 ? (
              <ul className="utrecht-unordered-list">
                {fileErrors.slice(1).map((e, i) => (
                  <li key={i} className="utrecht-unordered-list__item">
                    {e}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        <input
          id={id}
          name="file"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-invalid={fileErrors.length ? true : undefined}
          aria-describedby={describedBy(id, text.fileHint, fileErrors)}
        />
      </div>
      <SubmitButton variant="secondary">{text.submit}</SubmitButton>
    </form>
  );
}

"use client";

import { useState } from "react";
import { t } from "@/lib/i18n";

type Kind = "open" | "single" | "multiple" | "scale";
type Draft = { key: number; kind: Kind; prompt: string; helpText: string; required: boolean; options: string };
const KINDS: Kind[] = ["open", "single", "multiple", "scale"];

let nextKey = 1;
const blank = (): Draft => ({ key: nextKey++, kind: "open", prompt: "", helpText: "", required: false, options: "" });

function fromJson(raw: string | undefined): Draft[] {
  try {
    const parsed = JSON.parse(raw ?? "[]") as Array<Omit<Draft, "key" | "options"> & { options: string[] }>;
    return parsed.length
      ? parsed.map((q) => ({ ...q, key: nextKey++, options: (q.options ?? []).join("\n") }))
      : [blank()];
  } catch {
    return [blank()];
  }
}

/** Builds the question list; the form posts it as one JSON field that the server validates. */
export function QuestionBuilder({ initial, errors }: { initial?: string; errors: string[] }) {
  const [questions, setQuestions] = useState<Draft[]>(() => fromJson(initial));
  const update = (key: number, change: Partial<Draft>) =>
    setQuestions((qs) => qs.map((q) => (q.key === key ? { ...q, ...change } : q)));
  const serialised = JSON.stringify(
    questions.map(({ kind, prompt, helpText, required, options }) => ({
      kind,
      prompt,
      helpText,
      required,
      options: options
        .split("\n")
        .map((o) => o.trim())
        .filter(Boolean),
    })),
  );
  return (
    <fieldset
      className="utrecht-form-fieldset utrecht-form-fieldset--distanced"
      aria-describedby={errors.length ? "vragen-fout" : undefined}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {t("consultation.builder")}
      </legend>
      {errors.length ? (
        <div id="vragen-fout">
          {errors.map((e) => (
            <p key={e} className="utrecht-form-field-error-message">
              {e}
            </p>
          ))}
        </div>
      ) : null}
      <input type="hidden" name="questions" value={serialised} />
      <ol className="inkoop-stack" style={{ paddingInlineStart: "1.25rem" }}>
        {questions.map((q, i) => {
          const id = `vraag-${q.key}`;
          return (
            <li key={q.key} className="inkoop-card">
              <div className="utrecht-form-field">
                <label className="utrecht-form-label" htmlFor={`${id}-prompt`}>
                  {t("consultation.questionN", { n: i + 1 })}
                </label>
                <input
                  id={`${id}-prompt`}
                  className="utrecht-textbox utrecht-textbox--html-input"
                  value={q.prompt}
                  maxLength={500}
                  onChange={(e) => update(q.key, { prompt: e.target.value })}
                />
              </div>
              <div className="inkoop-field-row">
                <div className="utrecht-form-field">
                  <label className="utrecht-form-label" htmlFor={`${id}-kind`}>
                    {t("consultation.kind")}
                  </label>
                  <select
                    id={`${id}-kind`}
                    className="utrecht-select utrecht-select--html-select"
                    value={q.kind}
                    onChange={(e) => update(q.key, { kind: e.target.value as Kind })}
                  >
                    {KINDS.map((k) => (
                      <option key={k} value={k}>
                        {t(`consultation.kind_${k}`)}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="inkoop-checkbox-field">
                  <label>
                    <input
                      type="checkbox"
                      className="utrecht-checkbox utrecht-checkbox--html-input"
                      checked={q.required}
                      onChange={(e) => update(q.key, { required: e.target.checked })}
                    />{" "}
                    {t("consultation.isRequired")}
                  </label>
                </div>
              </div>
              {q.kind === "single" || q.kind === "multiple" ? (
                <div className="utrecht-form-field">
                  <label className="utrecht-form-label" htmlFor={`${id}-options`}>
                    {t("consultation.options")}
                  </label>
                  <textarea
                    id={`${id}-options`}
                    className="utrecht-textarea utrecht-textarea--html-textarea"
                    rows={4}
                    value={q.options}
                    onChange={(e) => update(q.key, { options: e.target.value })}
                  />
                </div>
              ) : null}
              <div className="utrecht-form-field">
                <label className="utrecht-form-label" htmlFor={`${id}-help`}>
                  {t("consultation.helpText")}
                </label>
                <input
                  id={`${id}-help`}
                  className="utrecht-textbox utrecht-textbox--html-input"
                  value={q.helpText}
                  maxLength={1000}
                  onChange={(e) => update(q.key, { helpText: e.target.value })}
                />
              </div>
              {questions.length > 1 ? (
                <button
                  type="button"
                  className="utrecht-button utrecht-button--subtle"
                  onClick={() => setQuestions((qs) => qs.filter((x) => x.key !== q.key))}
                >
                  {t("consultation.removeQuestion", { n: i + 1 })}
                </button>
              ) : null}
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action"
        onClick={() => setQuestions((qs) => [...qs, blank()])}
      >
        {t("consultation.addQuestion")}
      </button>
    </fieldset>
  );
}

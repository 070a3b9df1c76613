"use client";

import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import { FormMessage } from "@/components/ui/fields";
import { LengthCounter } from "@/components/ui/length-counter";
import { MAX_ANSWER_LENGTH } from "@/lib/consultation/constants";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { useT } from "@/lib/i18n/client";
import type { ResponseFormKey } from "./texts";

type Question = {
  id: string;
  kind: "open" | "single" | "multiple" | "scale";
  prompt: string;
  helpText: string | null;
  required: boolean;
  options: string[];
};
type AnswerState = Record<string, { value: string | string[]; sensitive: boolean }>;
type Props = {
  consultationId: string;
  questions: Question[];
  initial: { version: number; status: "draft" | "submitted" | null; answers: AnswerState };
  intro: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
};

const AUTOSAVE_MS = 4000;

/**
 * The shared response of an organisation. Inputs are controlled, so nothing typed is lost when
 * a save fails or the form is reset; drafts are saved automatically and kept in the browser too.
 */
export function ResponseForm({ consultationId, questions, initial, intro, action }: Props) {
  const t = useT<ResponseFormKey>();
  const [answers, setAnswers] = useState<AnswerState>(initial.answers);
  const [version, setVersion] = useState(initial.version);
  const [dirty, setDirty] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const backupKey = `reactie:${consultationId}`;
  // A save the server confirmed moves the form to the new version; the browser's backup is then stale.
  const [state, dispatch, pending] = useActionState(async (previous: FormState, formData: FormData) => {
    const next = await action(previous, formData);
    if (next.status === "success" && next.meta?.version) {
      setVersion(Number(next.meta.version));
      setDirty(false);
      window.localStorage.removeItem(backupKey);
    }
    return next;
  }, IDLE);
  const submitted = initial.status === "submitted" || state.meta?.status === "submitted";

  useEffect(() => {
    const raw = window.localStorage.getItem(backupKey);
    if (!raw) return;
    try {
      const backup = JSON.parse(raw) as { version: number; answers: AnswerState };
      // eslint-disable-next-line react-hooks/set-state-in-effect -- localStorage is readable only after hydration
      if (backup.version === initial.version) setAnswers(backup.answers);
    } catch {
      window.localStorage.removeItem(backupKey);
    }
  }, [backupKey, initial.version]);

  useEffect(() => {
    if (!dirty || submitted || pending) return;
    const timer = window.setTimeout(() => save("draft"), AUTOSAVE_MS);
    return () => window.clearTimeout(timer);
  });

  function change(questionId: string, next: Partial<{ value: string | string[]; sensitive: boolean }>) {
    setAnswers((current) => {
      const updated = { ...current, [questionId]: { value: "", sensitive: false, ...current[questionId], ...next } };
      window.localStorage.setItem(backupKey, JSON.stringify({ version, answers: updated }));
      return updated;
    });
    setDirty(true);
  }

  function save(intent: "draft" | "submit") {
    if (!form.current) return;
    const data = new FormData(form.current);
    data.set("intent", intent);
    startTransition(() => dispatch(data));
  }

  const errorsFor = (id: string) => state.fieldErrors?.[`answer_${id}`] ?? [];
  return (
    <form
      ref={form}
      className="utrecht-form inkoop-stack"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save("submit");
      }}
    >
      <p className="utrecht-paragraph">{intro}</p>
      <p className="utrecht-paragraph inkoop-muted">{t("consultation.autosaveHint")}</p>
      <FormMessage state={state} />
      <input type="hidden" name="consultationId" value={consultationId} />
      <input type="hidden" name="baseVersion" value={version} />
      {questions.map((q, i) => {
        const a = answers[q.id] ?? { value: q.kind === "multiple" ? [] : "", sensitive: false };
        const errors = errorsFor(q.id);
        const name = `answer_${q.id}`;
        const describedBy =
          [q.helpText ? `${name}-hulp` : null, errors.length ? `${name}-fout` : null].filter(Boolean).join(" ") ||
          undefined;
        return (
          <fieldset
            key={q.id}
            className={`utrecht-form-fieldset inkoop-card${errors.length ? " utrecht-form-fieldset--invalid" : ""}`}
            aria-describedby={describedBy}
          >
            <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
              {i + 1}. {q.prompt}{" "}
              {q.required ? <span className="inkoop-muted">({t("consultation.required")})</span> : null}
            </legend>
            {q.helpText ? (
              <p id={`${name}-hulp`} className="utrecht-form-field-description">
                {q.helpText}
              </p>
            ) : null}
            {errors.map((e) => (
              <p key={e} id={`${name}-fout`} className="utrecht-form-field-error-message">
                {e}
              </p>
            ))}
            {q.kind === "open" ? (
              <>
                <textarea
                  id={`${name}-invoer`}
                  aria-label={q.prompt}
                  aria-describedby={`${name}-invoer-teller`}
                  name={name}
                  rows={5}
                  className="utrecht-textarea utrecht-textarea--html-textarea"
                  value={String(a.value)}
                  onChange={(e) => change(q.id, { value: e.target.value })}
                />
                <LengthCounter
                  fieldId={`${name}-invoer`}
                  max={MAX_ANSWER_LENGTH}
                  initialLength={String(a.value).length}
                />
              </>
            ) : q.kind === "multiple" ? (
              q.options.map((o) => (
                <label key={o} style={{ display: "block" }}>
                  <input
                    type="checkbox"
                    name={name}
                    value={o}
                    checked={Array.isArray(a.value) && a.value.includes(o)}
                    onChange={(e) =>
                      change(q.id, {
                        value: e.target.checked
                          ? [...(Array.isArray(a.value) ? a.value : []), o]
                          : (Array.isArray(a.value) ? a.value : []).filter((x) => x !== o),
                      })
                    }
                  />{" "}
                  {o}
                </label>
              ))
            ) : (
              (q.kind === "scale" ? ["1", "2", "3", "4", "5"] : q.options).map((o) => (
                <label key={o} style={{ display: "inline-block", marginInlineEnd: "1rem" }}>
                  <input
                    type="radio"
                    name={name}
                    value={o}
                    checked={a.value === o}
                    onChange={() => change(q.id, { value: o })}
                  />{" "}
                  {o}
                </label>
              ))
            )}
            <div className="inkoop-checkbox-field">
              <label>
                <input
                  type="checkbox"
                  name={`sensitive_${q.id}`}
                  checked={a.sensitive}
                  onChange={(e) => change(q.id, { sensitive: e.target.checked })}
                />{" "}
                {t("consultation.sensitive")}
              </label>
            </div>
          </fieldset>
        );
      })}
      <div className="utrecht-button-group">
        {!submitted ? (
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            disabled={pending}
            onClick={() => save("draft")}
          >
            {t("consultation.saveDraft")}
          </button>
        ) : null}
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={pending}>
          {submitted ? t("consultation.resubmit") : t("consultation.submit")}
        </button>
      </div>
    </form>
  );
}

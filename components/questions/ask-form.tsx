"use client";

import { useActionState, useState } from "react";
import { FormMessage, TextAreaField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { t } from "@/lib/i18n";
import { MAX_QUESTION_LENGTH, MIN_QUESTION_LENGTH } from "@/lib/questions/constants";

type Props = {
  /** What the question is about: a consultation or a trajectory as a whole. */
  subject: { name: "consultationId" | "trajectoryId"; id: string };
  intro: string;
  action: (s: FormState, f: FormData) => Promise<FormState>;
};

/** The question field with its counter; it never cuts text off, it says how far over the limit it is. */
function QuestionField({ state }: { state: FormState }) {
  const typed = typeof state.values?.body === "string" ? state.values.body : "";
  const [length, setLength] = useState(typed.trim().length);
  const over = length - MAX_QUESTION_LENGTH;
  return (
    <>
      <TextAreaField
        name="body"
        idPrefix="vraag"
        label={t("questions.bodyLabel")}
        description={t("questions.bodyHint", { min: MIN_QUESTION_LENGTH, max: MAX_QUESTION_LENGTH })}
        state={state}
        rows={6}
        required
        onChange={(value) => setLength(value.trim().length)}
      />
      <p
        className={over > 0 ? "utrecht-form-field-error-message" : "utrecht-form-field-description"}
        aria-live="polite"
        data-testid="question-counter"
      >
        {over > 0
          ? t("questions.counterOver", { length, max: MAX_QUESTION_LENGTH, over })
          : t("questions.counter", { length, max: MAX_QUESTION_LENGTH })}
      </p>
    </>
  );
}

/** Asking a question; the server refuses a text that is too long with the whole text still in the field. */
export function AskForm({ subject, intro, action }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="utrecht-form inkoop-stack" aria-label={t("questions.askTitle")} noValidate>
      <p className="utrecht-paragraph">{intro}</p>
      <FormMessage state={state} />
      <input type="hidden" name={subject.name} value={subject.id} />
      <QuestionField key={JSON.stringify(state)} state={state} />
      <SubmitButton>{t("questions.ask")}</SubmitButton>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { RedactingEditor } from "@/components/editor/redacting-editor";
import { FormMessage, SelectField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { t } from "@/lib/i18n";
import type { DetectOptions } from "@/lib/redaction/finding";
import type { RichTextDoc } from "@/lib/rich-text/schema";

type Props = {
  questionId: string;
  revision: number;
  publicQuestion: RichTextDoc;
  questionDismissed: string[];
  answer: RichTextDoc | null;
  answerDismissed: string[];
  fixed: boolean;
  changeId: string;
  /** The consultation's edits after publication; null for a trajectory as a whole, which has no such text. */
  changes: { id: string; label: string }[] | null;
  options: DetectOptions;
  readOnly: boolean;
  action: (s: FormState, f: FormData) => Promise<FormState>;
};

function Errors({ state, name }: { state: FormState; name: string }) {
  return (state.fieldErrors?.[name] ?? []).map((e) => (
    <p key={e} className="utrecht-form-field-error-message">
      {e}
    </p>
  ));
}

/**
 * The public copy of a question and its answer, both in the redacting editor: the officer decides on
 * every suggestion (the askers' names and organisations are always suggested) before a round can pass the gate.
 */
export function AnswerForm(props: Props) {
  const [state, formAction] = useActionState(props.action, IDLE);
  const saved = state.status === "success";
  return (
    <form action={formAction} className="utrecht-form inkoop-stack" aria-label={t("questions.editTitle")} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="questionId" value={props.questionId} />
      <input type="hidden" name="revision" value={props.revision} />
      <Errors state={state} name="publicQuestion" />
      <RedactingEditor
        name="publicQuestion"
        dismissedName="questionDismissed"
        label={t("questions.publicQuestionLabel")}
        testId="editor-question"
        initial={props.publicQuestion}
        dismissed={props.questionDismissed}
        options={props.options}
        readOnly={props.readOnly}
        draftKey={`vraag:${props.questionId}:${props.revision}`}
        saved={saved}
      />
      <Errors state={state} name="answer" />
      <RedactingEditor
        name="answer"
        dismissedName="answerDismissed"
        label={t("questions.answerLabel")}
        testId="editor-answer"
        initial={props.answer}
        dismissed={props.answerDismissed}
        options={props.options}
        readOnly={props.readOnly}
        draftKey={`antwoord:${props.questionId}:${props.revision}`}
        saved={saved}
      />
      {props.changes ? (
        <SelectField
          name="changeId"
          idPrefix="antwoord"
          label={t("questions.changeLabel")}
          description={t("questions.changeHint")}
          state={state}
          defaultValue={props.changeId}
          options={[
            { value: "", label: t("questions.changeNone") },
            ...props.changes.map((c) => ({ value: c.id, label: c.label })),
          ]}
        />
      ) : null}
      <div className="utrecht-form-field utrecht-form-field--checkbox">
        <input
          id="antwoord-fixed"
          type="checkbox"
          name="fixed"
          value="1"
          className="utrecht-checkbox utrecht-checkbox--html-input"
          defaultChecked={state.values?.fixed === "1" || (state.status !== "error" && props.fixed)}
        />
        <label htmlFor="antwoord-fixed" className="utrecht-form-label utrecht-form-label--checkbox">
          {t("questions.fixedLabel")}
        </label>
      </div>
      {props.readOnly ? null : <SubmitButton>{t("questions.save")}</SubmitButton>}
    </form>
  );
}

"use client";

import { useActionState, useMemo, useState } from "react";
import { RedactingEditor } from "@/components/editor/redacting-editor";
import { FormMessage, TextAreaField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { t } from "@/lib/i18n";
import type { RichTextDoc } from "@/lib/rich-text/schema";

type Props = {
  meetingId: string;
  revision: number;
  initial: RichTextDoc | null;
  dismissed: string[];
  publicFigures: string[];
  confidentialTerms: string[];
  /** Names the detector must not suggest, and provider names that make figures sensitive. */
  participants: string[];
  providerNames: string[];
  /** The trajectory's published figures, the municipality's mail domains and officials (never suggested). */
  municipal?: { publicFigures: string[]; municipalDomains: string[]; officials: string[] };
  readOnly: boolean;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
};

const lines = (value: string) =>
  value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

export function MinutesEditor(props: Props) {
  const [state, formAction] = useActionState(props.action, IDLE);
  const [figures, setFigures] = useState(props.publicFigures.join("\n"));
  const [terms, setTerms] = useState(props.confidentialTerms.join("\n"));
  const options = useMemo(
    () => ({
      participants: props.participants,
      providerNames: props.providerNames,
      officials: props.municipal?.officials,
      municipalDomains: props.municipal?.municipalDomains,
      publicFigures: [...(props.municipal?.publicFigures ?? []), ...lines(figures)],
      confidentialTerms: lines(terms),
    }),
    [props.participants, props.providerNames, props.municipal, figures, terms],
  );

  return (
    <form action={formAction} className="utrecht-form inkoop-stack" noValidate>
      <FormMessage state={state} />
      {(state.fieldErrors?.document ?? []).map((e) => (
        <p key={e} className="utrecht-form-field-error-message">
          {e}
        </p>
      ))}
      <input type="hidden" name="meetingId" value={props.meetingId} />
      <input type="hidden" name="revision" value={props.revision} />
      <RedactingEditor
        name="document"
        dismissedName="dismissedFindings"
        label={t("minutes.editor")}
        testId="editor-minutes"
        initial={props.initial}
        dismissed={props.dismissed}
        options={options}
        readOnly={props.readOnly}
        draftKey={`verslag:${props.meetingId}:${props.revision}`}
        saved={state.status === "success"}
      />
      {!props.readOnly ? (
        <>
          <TextAreaField
            name="publicFigures"
            label={t("minutes.publicFigures")}
            description={t("minutes.publicFiguresHint")}
            state={state}
            rows={3}
            defaultValue={figures}
            onChange={setFigures}
          />
          <TextAreaField
            name="confidentialTerms"
            label={t("minutes.confidentialTerms")}
            description={t("minutes.confidentialTermsHint")}
            state={state}
            rows={3}
            defaultValue={terms}
            onChange={setTerms}
          />
          <SubmitButton>{t("minutes.save")}</SubmitButton>
        </>
      ) : null}
    </form>
  );
}

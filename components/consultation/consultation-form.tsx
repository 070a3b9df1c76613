"use client";

import { useActionState } from "react";
import { RichTextEditor } from "@/components/editor/rich-text-editor";
import { FormMessage, SelectField, TextField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { AUDIENCES, FORMS, INTERACTION, OPENNESS } from "@/lib/consultation/constants";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { t } from "@/lib/i18n";
import type { RichTextDoc } from "@/lib/rich-text/schema";
import { PHASES, type Phase } from "@/lib/trajectory/constants";
import { newIntroductionDraftKey } from "./draft-keys";
import { QuestionBuilder } from "./question-builder";

type Props = {
  trajectoryId: string;
  /** This visit of the form: its draft is its own. */
  draftInstance: string;
  currentPhase: Phase;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
};

export function ConsultationForm({ trajectoryId, draftInstance, currentPhase, action }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const introduction = typeof state.values?.introduction === "string" ? safeDoc(state.values.introduction) : null;
  const introErrors = state.fieldErrors?.introduction ?? [];
  return (
    <form action={formAction} className="utrecht-form inkoop-stack" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="trajectoryId" value={trajectoryId} />
      <TextField name="title" label={t("consultation.title")} state={state} required maxLength={200} />
      <SelectField
        name="phase"
        label={t("consultation.phase")}
        state={state}
        required
        defaultValue={currentPhase}
        options={PHASES.map((p) => ({ value: p, label: t(`phase.${p}`) }))}
      />
      {introErrors.map((e) => (
        <p key={e} className="utrecht-form-field-error-message">
          {e}
        </p>
      ))}
      <RichTextEditor
        name="introduction"
        label={t("consultation.introduction")}
        initial={introduction}
        draftKey={newIntroductionDraftKey(trajectoryId, draftInstance)}
        savedAt={null}
      />
      <div className="inkoop-field-row">
        <SelectField
          name="openness"
          label={t("consultation.opennessLabel")}
          state={state}
          required
          options={OPENNESS.map((o) => ({ value: o, label: t(`consultation.openness_${o}`) }))}
        />
        <SelectField
          name="form"
          label={t("consultation.formLabel")}
          state={state}
          required
          options={FORMS.map((o) => ({ value: o, label: t(`consultation.form_${o}`) }))}
        />
      </div>
      <div className="inkoop-field-row">
        <SelectField
          name="interaction"
          label={t("consultation.interactionLabel")}
          state={state}
          required
          options={INTERACTION.map((o) => ({ value: o, label: t(`consultation.interaction_${o}`) }))}
        />
        <SelectField
          name="audience"
          label={t("consultation.audience")}
          state={state}
          required
          options={AUDIENCES.map((o) => ({ value: o, label: t(`consultation.audience_${o}`) }))}
        />
      </div>
      <div className="inkoop-field-row">
        <TextField
          type="datetime-local"
          name="opensAt"
          label={t("consultation.opensAt")}
          description={t("consultation.timeHint")}
          state={state}
          required
        />
        <TextField
          type="datetime-local"
          name="closesAt"
          label={t("consultation.closesAt")}
          description={t("consultation.timeHint")}
          state={state}
          required
        />
      </div>
      <QuestionBuilder
        initial={typeof state.values?.questions === "string" ? state.values.questions : undefined}
        errors={state.fieldErrors?.questions ?? []}
      />
      <SubmitButton>{t("consultation.create")}</SubmitButton>
    </form>
  );
}

function safeDoc(raw: string): RichTextDoc | null {
  try {
    const doc = JSON.parse(raw) as RichTextDoc;
    return doc?.type === "doc" ? doc : null;
  } catch {
    return null;
  }
}

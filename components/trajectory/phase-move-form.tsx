"use client";

import { useActionState } from "react";
import { FormMessage, SelectField, TextAreaField } from "@/components/ui/fields";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { t } from "@/lib/i18n";
import type { Phase } from "@/lib/trajectory/constants";
import { nextPhase, phaseIndex, previousPhases } from "@/lib/trajectory/phase-machine";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function PhaseMoveForms({
  trajectoryId,
  current,
  action,
  forwardAction,
}: {
  trajectoryId: string;
  current: Phase;
  /** Back to an earlier phase. */
  action: Action;
  /** Forward, after the officer confirmed it. */
  forwardAction: Action;
}) {
  const next = nextPhase(current);
  const earlier = previousPhases(current);
  return (
    <div className="inkoop-grid-2">
      {next ? <ForwardForm trajectoryId={trajectoryId} current={current} next={next} action={forwardAction} /> : null}
      {earlier.length ? (
        <BackForm trajectoryId={trajectoryId} current={current} earlier={earlier} action={action} />
      ) : null}
    </div>
  );
}

function ForwardForm({
  trajectoryId,
  current,
  next,
  action,
}: {
  trajectoryId: string;
  current: Phase;
  next: Phase;
  action: Action;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="inkoop-card utrecht-form" noValidate aria-labelledby="vooruit-titel">
      <h3 id="vooruit-titel" className="utrecht-heading-3">
        {t("move.forward", { n: phaseIndex(next) + 1, phase: t(`phase.${next}`) })}
      </h3>
      <FormMessage state={state} />
      <p className="utrecht-paragraph">{t("move.forwardHint")}</p>
      <input type="hidden" name="trajectoryId" value={trajectoryId} />
      <input type="hidden" name="from" value={current} />
      <input type="hidden" name="to" value={next} />
      <TextAreaField
        idPrefix="vooruit"
        name="reason"
        label={t("move.forwardReason")}
        state={state}
        rows={3}
        maxLength={2000}
      />
      <ConfirmSubmit
        label={t("move.submitForward")}
        question={t("confirm.forwardQuestion")}
        consequence={t("confirm.forwardConsequence")}
        confirmLabel={t("confirm.forwardConfirm")}
      />
    </form>
  );
}

function BackForm({
  trajectoryId,
  current,
  earlier,
  action,
}: {
  trajectoryId: string;
  current: Phase;
  earlier: Phase[];
  action: Action;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="inkoop-card utrecht-form" noValidate aria-labelledby="terug-titel">
      <h3 id="terug-titel" className="utrecht-heading-3">
        {t("move.backTitle")}
      </h3>
      <FormMessage state={state} />
      <input type="hidden" name="trajectoryId" value={trajectoryId} />
      <input type="hidden" name="from" value={current} />
      <SelectField
        idPrefix="terug"
        name="to"
        label={t("move.to")}
        state={state}
        required
        defaultValue={earlier[earlier.length - 1]}
        options={earlier.map((p) => ({
          value: p,
          label: `${t("phase.number", { n: phaseIndex(p) + 1 })}: ${t(`phase.${p}`)}`,
        }))}
      />
      <TextAreaField
        idPrefix="terug"
        name="reason"
        label={t("move.reason")}
        description={t("move.reasonHint")}
        state={state}
        required
        rows={3}
        maxLength={2000}
      />
      <SubmitButton variant="secondary">{t("move.submitBack")}</SubmitButton>
    </form>
  );
}

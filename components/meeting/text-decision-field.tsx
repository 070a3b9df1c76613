import { SelectField } from "@/components/ui/fields";
import type { FormState } from "@/lib/http/form-state";
import { t } from "@/lib/i18n";

/** Whether the gate for plain texts has asked for the officer's decision in this form. */
export const decisionAsked = (state: FormState, name = "findingsDecision") =>
  Boolean(state.fieldErrors?.[name]?.length || state.values?.[name]);

/**
 * Shown once the publication gate for plain texts found something in a title, agenda or place:
 * the officer redacts the findings or keeps them on purpose; until then the form is refused.
 */
export function TextDecisionField({ state, idPrefix }: { state: FormState; idPrefix?: string }) {
  if (!decisionAsked(state)) return null;
  return (
    <SelectField
      idPrefix={idPrefix}
      name="findingsDecision"
      label={t("meeting.textDecisionLegend")}
      description={t("meeting.textDecisionHint")}
      state={state}
      options={["", "redact", "keep"].map((v) => ({ value: v, label: t(`meeting.textDecision_${v}`) }))}
    />
  );
}

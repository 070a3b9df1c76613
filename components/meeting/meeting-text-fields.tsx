import { CheckboxGroup, TextAreaField, TextField } from "@/components/ui/fields";
import type { FormState } from "@/lib/http/form-state";
import { t } from "@/lib/i18n";

/** Time, place, link and agenda of a meeting, shared by the forms that create and change one. */
export function MeetingTimeAndPlaceFields({ state }: { state: FormState }) {
  return (
    <>
      <div className="inkoop-field-row">
        <TextField
          type="datetime-local"
          name="startsAt"
          label={t("meeting.startsAt")}
          description={t("consultation.timeHint")}
          state={state}
          required
        />
        <TextField
          type="datetime-local"
          name="endsAt"
          label={t("meeting.endsAt")}
          description={t("consultation.timeHint")}
          state={state}
          required
        />
      </div>
      <TextField
        name="location"
        label={t("meeting.location")}
        description={t("meeting.locationHint")}
        state={state}
        maxLength={300}
      />
      <TextField
        type="url"
        name="onlineUrl"
        label={t("meeting.onlineUrl")}
        description={t("meeting.onlineUrlHint")}
        state={state}
        maxLength={500}
      />
      <TextAreaField
        name="agenda"
        label={t("meeting.agenda")}
        description={t("meeting.agendaHint")}
        state={state}
        required
        rows={6}
        maxLength={5000}
      />
      {/* Shown when the publication gate found something in the texts: the officer's decision to keep it. */}
      {state.fieldErrors?.keepFindings ? (
        <CheckboxGroup
          name="keepFindings"
          legend={t("meeting.keepFindingsLegend")}
          description={t("meeting.keepFindingsHint")}
          state={state}
          options={[{ value: "1", label: t("meeting.keepFindings") }]}
        />
      ) : null}
    </>
  );
}

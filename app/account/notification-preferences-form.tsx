"use client";

import { useActionState } from "react";
import { FormMessage, SelectField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/http/form-state";
import { useT } from "@/lib/i18n/client";
import { DELIVERIES, type Delivery, type NotificationKind } from "@/lib/messaging/notification-kinds";
import { savePreferencesAction } from "./notification-actions";
import type { NotificationFormKey } from "./texts";

/** One choice per kind the person can receive; security mail is shown as fixed, never as a choice. */
export function NotificationPreferencesForm({ rows }: { rows: { kind: NotificationKind; delivery: Delivery }[] }) {
  const t = useT<NotificationFormKey>();
  const [state, action] = useActionState(savePreferencesAction, IDLE);
  const options = DELIVERIES.map((d) => ({ value: d, label: t(`notificationPreferences.${d}`) }));
  return (
    <form action={action} className="utrecht-form" noValidate>
      <FormMessage state={state} />
      {rows.map((r) => (
        <SelectField
          key={r.kind}
          idPrefix="melding"
          name={`kind_${r.kind}`}
          label={t(`notificationPreferences.kind_${r.kind}`)}
          state={state}
          defaultValue={r.delivery}
          options={options}
        />
      ))}
      <div className="utrecht-form-field utrecht-form-field--distanced">
        <p className="utrecht-paragraph">
          <strong>{t("notificationPreferences.security")}</strong>
        </p>
        <p className="utrecht-paragraph">{t("notificationPreferences.securityAlways")}</p>
      </div>
      <SubmitButton>{t("notificationPreferences.save")}</SubmitButton>
    </form>
  );
}

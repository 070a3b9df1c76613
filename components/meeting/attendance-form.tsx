"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import type { InviteeRow } from "@/lib/meeting/reads";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { t } from "@/lib/i18n";
import { ATTENDANCE } from "@/lib/meeting/constants";
import { TableHead } from "@/components/ui/table-head";

type Props = { meetingId: string; invitees: InviteeRow[]; action: (s: FormState, f: FormData) => Promise<FormState> };

/** One row per invitee: attendance and, when absent with a reason, the reason. */
export function AttendanceForm({ meetingId, invitees, action }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const value = (name: string, fallback: string) =>
    typeof state.values?.[name] === "string" ? state.values[name] : fallback;
  return (
    <form action={formAction} className="utrecht-form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <table className="utrecht-table">
        <TableHead columns={[t("meeting.invitees"), t("meeting.attendance"), t("meeting.reason")]} />
        <tbody className="utrecht-table__body">
          {invitees.map((i) => {
            const reasonErrors = state.fieldErrors?.[`reason.${i.id}`] ?? [];
            return (
              <tr key={i.id} className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="row">
                  {i.name}
                </th>
                <td className="utrecht-table__cell">
                  <select
                    key={`${i.id}-${state.status}`}
                    className="utrecht-select utrecht-select--html-select"
                    name={`attendance.${i.id}`}
                    aria-label={t("meeting.attendanceFor", { name: i.name })}
                    defaultValue={value(`attendance.${i.id}`, i.attendance ?? "")}
                  >
                    <option value="">{t("meeting.attendance_")}</option>
                    {ATTENDANCE.map((a) => (
                      <option key={a} value={a}>
                        {t(`meeting.attendance_${a}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="utrecht-table__cell">
                  {reasonErrors.map((e) => (
                    <p key={e} id={`reason-error-${i.id}`} className="utrecht-form-field-error-message">
                      {e}
                    </p>
                  ))}
                  <input
                    className="utrecht-textbox utrecht-textbox--html-input"
                    name={`reason.${i.id}`}
                    aria-label={t("meeting.reasonFor", { name: i.name })}
                    aria-invalid={reasonErrors.length ? true : undefined}
                    aria-describedby={reasonErrors.length ? `reason-error-${i.id}` : undefined}
                    maxLength={500}
                    defaultValue={value(`reason.${i.id}`, i.absenceReason ?? "")}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <SubmitButton>{t("meeting.saveAttendance")}</SubmitButton>
    </form>
  );
}

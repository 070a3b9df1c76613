import { z } from "zod";
import { t } from "@/lib/i18n";
import { boundedText, localMoment } from "@/lib/validation/fields";
import { ATTENDANCE, MEETING_KINDS } from "./constants";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, t("errors.tooLong", { max }))
    .default("")
    .transform((v) => v || null);

const onlineUrl = z
  .string()
  .trim()
  .max(500, t("errors.tooLong", { max: 500 }))
  .default("")
  .refine((v) => v === "" || /^https:\/\/[^\s]+$/i.test(v), t("meeting.onlineUrlInvalid"))
  .transform((v) => v || null);

/** What an officer sets, and may change later: the texts, the time and the place. */
const meetingDetails = {
  title: boundedText(5, 200),
  startsAt: localMoment,
  endsAt: localMoment,
  location: optionalText(300),
  onlineUrl,
  agenda: boundedText(10, 5000),
  /** The officer keeps what the detector found in the title, agenda or place on purpose. */
  keepFindings: z
    .string()
    .optional()
    .transform((v) => v === "1"),
};

function checkDetails(
  v: { startsAt: Date; endsAt: Date; location: string | null; onlineUrl: string | null },
  ctx: z.RefinementCtx,
) {
  if (v.endsAt <= v.startsAt)
    ctx.addIssue({ code: "custom", path: ["endsAt"], message: t("meeting.endsBeforeStarts") });
  if (!v.location && !v.onlineUrl)
    ctx.addIssue({ code: "custom", path: ["location"], message: t("meeting.placeRequired") });
}

export const meetingInput = z
  .strictObject({
    trajectoryId: z.uuid(),
    consultationId: z
      .union([z.uuid(), z.literal("")])
      .default("")
      .transform((v) => v || null),
    kind: z.enum(MEETING_KINDS, t("errors.invalidChoice")),
    ...meetingDetails,
  })
  .superRefine(checkDetails);

export const meetingEditInput = z.strictObject({ meetingId: z.uuid(), ...meetingDetails }).superRefine(checkDetails);
export type MeetingEditInput = Omit<z.output<typeof meetingEditInput>, "keepFindings"> & { keepFindings?: boolean };

/** Calling a meeting off: the invitees are told why. */
export const meetingCancelInput = z.strictObject({ meetingId: z.uuid(), reason: boundedText(10, 1000) });
// Callers other than the form (seeds, tests) take no decision on findings.
export type MeetingInput = Omit<z.output<typeof meetingInput>, "keepFindings"> & { keepFindings?: boolean };

export const meetingIdInput = z.strictObject({ meetingId: z.uuid() });

export const meetingInviteInput = z
  .strictObject({
    meetingId: z.uuid(),
    providerIds: z.array(z.uuid()).max(5000).default([]),
    userIds: z.array(z.uuid()).max(5000).default([]),
  })
  .refine((v) => v.providerIds.length + v.userIds.length > 0, {
    message: t("errors.chooseAtLeastOne"),
    path: ["providerIds"],
  });

/** Attendance arrives as `attendance.<inviteeId>` and `reason.<inviteeId>` fields, one pair per invitee. */
export const attendanceInput = z
  .object({ meetingId: z.uuid() })
  .catchall(z.string())
  .transform((raw, ctx) => {
    const entries: { inviteeId: string; attendance: (typeof ATTENDANCE)[number]; reason: string | null }[] = [];
    for (const [key, value] of Object.entries(raw)) {
      const match = /^attendance\.([0-9a-f-]{36})$/.exec(key);
      if (!match || value === "") continue;
      const inviteeId = match[1]!;
      if (!(ATTENDANCE as readonly string[]).includes(value)) {
        ctx.addIssue({ code: "custom", path: [key], message: t("errors.invalidChoice") });
        continue;
      }
      const reason = (raw[`reason.${inviteeId}`] ?? "").trim();
      if (value === "absent_with_reason" && reason.length < 3)
        ctx.addIssue({ code: "custom", path: [`reason.${inviteeId}`], message: t("meeting.reasonRequired") });
      if (reason.length > 500)
        ctx.addIssue({ code: "custom", path: [`reason.${inviteeId}`], message: t("errors.tooLong", { max: 500 }) });
      entries.push({
        inviteeId,
        attendance: value as (typeof ATTENDANCE)[number],
        reason: value === "absent_with_reason" ? reason : null,
      });
    }
    return { meetingId: String(raw.meetingId), entries };
  });
export type AttendanceInput = z.output<typeof attendanceInput>;

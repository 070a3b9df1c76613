"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/http/form-action";
import { siteUrl } from "@/lib/http/site-url";
import { t } from "@/lib/i18n";
import { createMeeting, inviteToMeeting, recordAttendance, sendMeetingInvitations } from "@/lib/meeting/writes";
import { cancelMeeting, editMeeting } from "@/lib/meeting/changes";
import {
  attendanceInput,
  meetingCancelInput,
  meetingEditInput,
  meetingIdInput,
  meetingInput,
  meetingInviteInput,
} from "@/lib/meeting/validation";

export const createMeetingAction = formAction({
  permission: "meeting.administer",
  schema: meetingInput,
  run: async (ctx, input) => {
    const { id } = await createMeeting(ctx, input);
    return { redirectTo: `/beheer/bijeenkomsten/${id}?aangemaakt=1` };
  },
});

export const inviteToMeetingAction = formAction({
  permission: "meeting.administer",
  schema: meetingInviteInput,
  arrayFields: ["providerIds", "userIds"],
  run: async (ctx, input) => {
    const count = await inviteToMeeting(ctx, input, siteUrl());
    revalidatePath(`/beheer/bijeenkomsten/${input.meetingId}`);
    return { message: count ? t("meeting.invited", { count }) : t("meeting.allInvited") };
  },
});

export const sendMeetingInvitationsAction = formAction({
  permission: "meeting.administer",
  schema: meetingIdInput,
  run: async (ctx, input) => {
    const count = await sendMeetingInvitations(ctx, input.meetingId, siteUrl());
    // The send form disappears once invitations went out, so the confirmation travels in the URL.
    return { redirectTo: `/beheer/bijeenkomsten/${input.meetingId}?verstuurd=${count}` };
  },
});

export const recordAttendanceAction = formAction({
  permission: "meeting.administer",
  schema: attendanceInput,
  run: async (ctx, input) => {
    const count = await recordAttendance(ctx, input);
    revalidatePath(`/beheer/bijeenkomsten/${input.meetingId}`);
    return { message: t("meeting.attendanceSaved", { count }) };
  },
});

export const editMeetingAction = formAction({
  permission: "meeting.administer",
  schema: meetingEditInput,
  run: async (ctx, input) => {
    const told = await editMeeting(ctx, input, siteUrl());
    return { redirectTo: `/beheer/bijeenkomsten/${input.meetingId}?gewijzigd=${told}` };
  },
});

export const cancelMeetingAction = formAction({
  permission: "meeting.administer",
  schema: meetingCancelInput,
  confirm: true,
  run: async (ctx, input) => {
    const told = await cancelMeeting(ctx, input, siteUrl());
    return { redirectTo: `/beheer/bijeenkomsten/${input.meetingId}?afgezegd=${told}` };
  },
});

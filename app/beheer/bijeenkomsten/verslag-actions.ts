"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/http/form-action";
import { siteUrl } from "@/lib/http/site-url";
import { t } from "@/lib/i18n";
import { endAttendeeCheckNow } from "@/lib/minutes/attendee-check-stop";
import { publishMinutes } from "@/lib/minutes/publish";
import {
  addMinutesRemark,
  requestAttendeeCheck,
  reviewMinutes,
  saveMinutes,
  submitMinutes,
} from "@/lib/minutes/writes";
import {
  attendeeCheckInput,
  minutesIdInput,
  minutesPublishInput,
  minutesRemarkInput,
  minutesReviewInput,
  minutesSaveInput,
} from "@/lib/minutes/validation";

const page = (meetingId: string) => `/beheer/bijeenkomsten/${meetingId}/verslag`;

export const saveMinutesAction = formAction({
  permission: "minutes.edit",
  schema: minutesSaveInput,
  run: async (ctx, input) => {
    const { approvalVoided } = await saveMinutes(ctx, input);
    // A new revision renders a fresh editor, so the confirmation travels in the URL.
    return { redirectTo: `${page(input.meetingId)}?${approvalVoided ? "goedkeuringVervallen" : "opgeslagen"}=1` };
  },
});

export const submitMinutesAction = formAction({
  permission: "minutes.edit",
  schema: minutesIdInput,
  run: async (ctx, input) => {
    await submitMinutes(ctx, input.meetingId, siteUrl());
    return { redirectTo: `${page(input.meetingId)}?aangeboden=1` };
  },
});

export const reviewMinutesAction = formAction({
  permission: "minutes.edit",
  schema: minutesReviewInput,
  run: async (ctx, input) => {
    await reviewMinutes(ctx, input, siteUrl());
    return { redirectTo: `${page(input.meetingId)}?beoordeeld=1` };
  },
});

export const requestAttendeeCheckAction = formAction({
  permission: "minutes.edit",
  schema: attendeeCheckInput,
  run: async (ctx, input) => {
    const asked = await requestAttendeeCheck(ctx, input, siteUrl());
    revalidatePath(page(input.meetingId));
    return {
      message:
        asked.present === null
          ? t("minutes.checkRequestedUnrecorded", { invitees: asked.invitees, notified: asked.notified })
          : t("minutes.checkRequested", { present: asked.present, notified: asked.notified }),
    };
  },
});

export const publishMinutesAction = formAction({
  permission: "minutes.edit",
  schema: minutesPublishInput,
  confirm: true,
  run: async (ctx, input) => {
    const { version, notified } = await publishMinutes(ctx, input, siteUrl());
    return { redirectTo: `${page(input.meetingId)}?gepubliceerd=${version}&ontvangers=${notified}` };
  },
});

/** For attendees during the optional check; the domain refuses anyone who was not invited. */
export const addMinutesRemarkAction = formAction({
  permission: "account.view",
  schema: minutesRemarkInput,
  run: async (ctx, input) => {
    await addMinutesRemark(ctx, input, siteUrl());
    return { message: t("minutes.remarkSent") };
  },
});

/** The officer ends a running attendee check before its deadline. */
export const endAttendeeCheckAction = formAction({
  permission: "minutes.edit",
  schema: minutesIdInput,
  confirm: true,
  run: async (ctx, input) => {
    await endAttendeeCheckNow(ctx, input.meetingId);
    // The end form goes with the running check, so the confirmation travels in the URL.
    return { redirectTo: `${page(input.meetingId)}?controleBeeindigd=1` };
  },
});

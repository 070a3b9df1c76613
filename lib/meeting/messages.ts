import type { Meeting } from "@/db/schema";
import { formatDateTime, t } from "@/lib/i18n";

/** Where a meeting takes place, in words: the location and the online address. */
export const placeOf = (meeting: Pick<Meeting, "location" | "onlineUrl">) =>
  [meeting.location, meeting.onlineUrl ? t("meeting.onlineAt", { url: meeting.onlineUrl }) : null]
    .filter(Boolean)
    .join(" · ");

/** The invitation e-mail: when, where and what, with a link to the meeting page. */
export function invitationMessage(
  meeting: Pick<Meeting, "id" | "title" | "startsAt" | "endsAt" | "location" | "onlineUrl" | "agenda">,
  origin: string,
) {
  const place = placeOf(meeting);
  return {
    subject: t("meeting.inviteSubject", { title: meeting.title }),
    body: t("meeting.inviteBody", {
      title: meeting.title,
      starts: formatDateTime(meeting.startsAt),
      ends: formatDateTime(meeting.endsAt),
      place,
      agenda: meeting.agenda,
    }),
    link: `${origin}/bijeenkomsten/${meeting.id}`,
  };
}

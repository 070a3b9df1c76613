import type { Meeting } from "@/db/schema";
import { formatDateTime, t } from "@/lib/i18n";

/** The invitation e-mail: when, where and what, with a link to the meeting page. */
export function invitationMessage(
  meeting: Pick<Meeting, "id" | "title" | "startsAt" | "endsAt" | "location" | "onlineUrl" | "agenda">,
  origin: string,
) {
  const place = [meeting.location, meeting.onlineUrl ? t("meeting.onlineAt", { url: meeting.onlineUrl }) : null]
    .filter(Boolean)
    .join(" · ");
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

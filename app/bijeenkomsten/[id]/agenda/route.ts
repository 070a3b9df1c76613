import { z } from "zod";
import { getDb } from "@/db/client";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { calendarFile } from "@/lib/calendar/ics";
import { NotFoundError } from "@/lib/errors";
import { absoluteUrl, siteUrl } from "@/lib/http/site-url";
import { attachmentResponse, notFoundResponse } from "@/lib/http/responses";
import { t } from "@/lib/i18n";
import { loadMeetingFor } from "@/lib/meeting/reads";

/** The meeting as a calendar file, for those who may join it (invitees and officers); others get a 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) return notFoundResponse();
  try {
    const db = await getDb();
    const actor = await getCurrentActor();
    const { meeting, mayJoin } = await loadMeetingFor(db, actor, id.data);
    if (!mayJoin) return notFoundResponse();
    const url = absoluteUrl(`/bijeenkomsten/${meeting.id}`);
    const description = [
      meeting.agenda,
      ...(meeting.onlineUrl ? [`${t("meeting.online")}: ${meeting.onlineUrl}`] : []),
      url,
    ].join("\n\n");
    const ics = calendarFile(
      {
        id: meeting.id,
        title: meeting.title,
        startsAt: meeting.startsAt,
        endsAt: meeting.endsAt,
        location: meeting.location,
        description,
        url,
      },
      { host: new URL(siteUrl()).host, now: new Date() },
    );
    return attachmentResponse(new TextEncoder().encode(ics), "bijeenkomst.ics", "text/calendar; charset=utf-8");
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundResponse();
    throw error;
  }
}

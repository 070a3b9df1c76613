import { publishedMinutesRoute } from "@/lib/http/published-minutes-route";

/** The published version as data: built from the redacted copy only. */
export const GET = publishedMinutesRoute(({ meeting, published }) =>
  Response.json(
    {
      meeting: { id: meeting.id, title: meeting.title, kind: meeting.kind, startsAt: meeting.startsAt },
      version: published.version,
      publishedAt: published.publishedAt,
      changeNote: published.changeNote,
      redactionCount: published.redactionCount,
      body: published.body,
    },
    { headers: { "Cache-Control": "private, no-store" } },
  ),
);

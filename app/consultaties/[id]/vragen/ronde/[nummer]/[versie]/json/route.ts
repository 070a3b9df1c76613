import { publishedRoundRoute } from "@/lib/http/published-round-route";

/** A published round as data: the gated copy only, without who asked. */
export const GET = publishedRoundRoute(({ consultation, version }) =>
  Response.json(
    {
      consultation: { id: consultation.id, title: consultation.title },
      round: version.roundNumber,
      version: version.version,
      publishedAt: version.publishedAt,
      questionCount: version.questionCount,
      changesText: version.changesText,
      changeNote: version.changeNote,
      redactionCount: version.redactionCount,
      body: version.body,
    },
    { headers: { "Cache-Control": "private, no-store" } },
  ),
);

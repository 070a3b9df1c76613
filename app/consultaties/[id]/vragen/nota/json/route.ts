import { combinedNotaRoute } from "@/lib/http/combined-nota-route";

/** Every round's newest published version as data: gated copies only, without who asked. */
export const GET = combinedNotaRoute((_db, { consultation, rounds }) =>
  Response.json(
    {
      consultation: { id: consultation.id, title: consultation.title },
      rounds: rounds.map((r) => ({
        round: r.roundNumber,
        version: r.version,
        publishedAt: r.publishedAt,
        questionCount: r.questionCount,
        changeNote: r.changeNote,
        body: r.body,
      })),
    },
    { headers: { "Cache-Control": "private, no-store" } },
  ),
);

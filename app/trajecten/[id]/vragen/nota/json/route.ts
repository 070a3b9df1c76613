import { combinedNotaRoute } from "@/lib/http/combined-nota-route";
import { loadTrajectoryCombinedNotaFor } from "@/lib/questions/nota";

/** Every trajectory round's newest published version as data: gated copies only, without who asked. */
export const GET = combinedNotaRoute(
  (_db, { subject, rounds }) =>
    Response.json(
      {
        trajectory: { id: subject.id, title: subject.title },
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
  loadTrajectoryCombinedNotaFor,
);

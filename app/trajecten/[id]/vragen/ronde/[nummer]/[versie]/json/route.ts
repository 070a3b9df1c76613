import { publishedRoundRoute } from "@/lib/http/published-round-route";
import { loadTrajectoryRoundVersionFor } from "@/lib/questions/trajectory-reads";

/** A published trajectory round as data: the gated copy only, without who asked. */
export const GET = publishedRoundRoute(
  ({ title, version }) =>
    Response.json(
      {
        trajectory: { id: version.trajectoryId, title },
        round: version.roundNumber,
        version: version.version,
        publishedAt: version.publishedAt,
        questionCount: version.questionCount,
        changeNote: version.changeNote,
        redactionCount: version.redactionCount,
        body: version.body,
      },
      { headers: { "Cache-Control": "private, no-store" } },
    ),
  loadTrajectoryRoundVersionFor,
);

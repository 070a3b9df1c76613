import { publishedRoundRoute } from "@/lib/http/published-round-route";
import { loadTrajectoryRoundVersionFor } from "@/lib/questions/trajectory-reads";

const fileName = (round: number, version: number) => `nota-van-inlichtingen-traject-ronde-${round}-v${version}.pdf`;

export const GET = publishedRoundRoute(
  ({ version }) =>
    new Response(Buffer.from(version.pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `inline; filename="${fileName(version.roundNumber, version.version)}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    }),
  loadTrajectoryRoundVersionFor,
);

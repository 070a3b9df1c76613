import { combinedNotaRoute } from "@/lib/http/combined-nota-route";
import { loadTrajectoryCombinedNotaFor, renderCombinedNotaPdf } from "@/lib/questions/nota";

export const GET = combinedNotaRoute(
  async (db, loaded) =>
    new Response(Buffer.from(await renderCombinedNotaPdf(db, loaded)), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `inline; filename="nota-van-inlichtingen-traject-${loaded.subject.id.slice(0, 8)}.pdf"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    }),
  loadTrajectoryCombinedNotaFor,
);

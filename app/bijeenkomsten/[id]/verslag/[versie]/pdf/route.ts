import { publishedMinutesRoute } from "@/lib/http/published-minutes-route";

export const GET = publishedMinutesRoute(
  ({ meeting, published }) =>
    new Response(Buffer.from(published.pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `inline; filename="verslag-${meeting.id.slice(0, 8)}-v${published.version}.pdf"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    }),
);

import { amsterdamDay } from "@/lib/time/amsterdam";

/** A streamed CSV download, never cached or sniffed, named after what it holds and the day it was taken. */
export const auditCsvResponse = (body: ReadableStream<Uint8Array>, name: string) =>
  new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}-${amsterdamDay(new Date())}.csv"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });

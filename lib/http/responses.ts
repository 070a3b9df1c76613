/** The one "not found" a route handler gives, also for what the visitor may not see, so existence does not leak. */
export const notFoundResponse = () =>
  new Response("Niet gevonden", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** A stored file as a download: never cached, never sniffed, the name kept intact whatever its characters. */
export function attachmentResponse(content: Uint8Array, fileName: string, contentType: string): Response {
  return new Response(Buffer.from(content), {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

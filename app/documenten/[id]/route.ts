import { z } from "zod";
import { getDb } from "@/db/client";
import { getDocumentOrThrow } from "@/db/queries/trajectories";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { NotFoundError } from "@/lib/errors";
import { can } from "@/lib/policy";

const notFound = () => new Response("Niet gevonden", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) return notFound();
  try {
    const { document, visibility } = await getDocumentOrThrow(await getDb(), id.data);
    // A document the visitor may not read is reported as absent, so its existence does not leak.
    if (!can(await getCurrentActor(), "document.download", { isPublic: document.isPublic, visibility })) return notFound();
    return new Response(Buffer.from(document.content), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return notFound();
    throw error;
  }
}

import { z } from "zod";
import { getDb } from "@/db/client";
import { getDocumentOrThrow } from "@/db/queries/trajectories";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { loadConsultationFor } from "@/lib/consultation/reads";
import { NotFoundError } from "@/lib/errors";
import { can } from "@/lib/policy";

const notFound = () => new Response("Niet gevonden", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) return notFound();
  try {
    const db = await getDb();
    const actor = await getCurrentActor();
    const { document, visibility } = await getDocumentOrThrow(db, id.data);
    // A document the visitor may not read is reported as absent, so its existence does not leak.
    // A consultation's attachment is readable by whoever may see that consultation.
    if (document.consultationId) await loadConsultationFor(db, actor, document.consultationId);
    else if (!can(actor, "document.download", { isPublic: document.isPublic, visibility })) return notFound();
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

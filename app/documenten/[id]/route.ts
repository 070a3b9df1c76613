import { z } from "zod";
import { getDb } from "@/db/client";
import { getDocumentOrThrow } from "@/db/queries/trajectories";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { loadConsultationFor } from "@/lib/consultation/reads";
import { NotFoundError } from "@/lib/errors";
import { can } from "@/lib/policy";
import { attachmentResponse, notFoundResponse } from "@/lib/http/responses";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) return notFoundResponse();
  try {
    const db = await getDb();
    const actor = await getCurrentActor();
    const { document, visibility } = await getDocumentOrThrow(db, id.data);
    // A document the visitor may not read is reported as absent, so its existence does not leak.
    // A consultation's attachment is readable by whoever may see that consultation.
    if (document.consultationId) await loadConsultationFor(db, actor, document.consultationId);
    else if (!can(actor, "document.download", { isPublic: document.isPublic, visibility })) return notFoundResponse();
    return attachmentResponse(document.content, document.fileName, "application/pdf");
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundResponse();
    throw error;
  }
}

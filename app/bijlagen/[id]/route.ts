import { z } from "zod";
import { getDb } from "@/db/client";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { loadAttachmentFor } from "@/lib/consultation/attachments";
import { NotFoundError } from "@/lib/errors";
import { attachmentResponse, notFoundResponse } from "@/lib/http/responses";

/** A response's attachment, for whoever may read that response (lib/policy `response.read`); others get a 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) return notFoundResponse();
  try {
    const attachment = await loadAttachmentFor(await getDb(), await getCurrentActor(), id.data);
    return attachmentResponse(attachment.content, attachment.fileName, attachment.contentType);
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundResponse();
    throw error;
  }
}

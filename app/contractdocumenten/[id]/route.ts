import { z } from "zod";
import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { loadContractDocumentFor } from "@/lib/contract/reads";
import { NotFoundError } from "@/lib/errors";
import { auditOrigin } from "@/lib/http/request-origin";
import { attachmentResponse, notFoundResponse } from "@/lib/http/responses";

/**
 * Letters, reports and improvement plans: the municipality and the contract's own provider only;
 * 404 for anyone else.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) return notFoundResponse();
  const db = await getDb();
  const actor = await getCurrentActor();
  let doc;
  try {
    doc = await loadContractDocumentFor(db, actor, id.data, auditOrigin(await headers()));
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundResponse();
    throw error;
  }
  return attachmentResponse(doc.content, doc.fileName, doc.contentType);
}

import { z } from "zod";
import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { getContractDocumentOrThrow } from "@/db/queries/contracts";
import { recordAudit } from "@/lib/audit/record";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { NotFoundError } from "@/lib/errors";
import { auditOrigin } from "@/lib/http/request-origin";
import { can } from "@/lib/policy";
import { attachmentResponse, notFoundResponse } from "@/lib/http/responses";

/** Letters, reports and improvement plans: the municipality and the contract's own provider only; 404 for anyone else. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) return notFoundResponse();
  const db = await getDb();
  const actor = await getCurrentActor();
  let doc;
  try {
    doc = await getContractDocumentOrThrow(db, id.data);
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundResponse();
    throw error;
  }
  if (!can(actor, "contract.download", { providerId: doc.providerId })) {
    await recordAudit(
      { db, actor, origin: auditOrigin(await headers()) },
      { action: "contract.download", objectType: "contract_document", objectId: doc.id, result: "denied" },
    );
    return notFoundResponse();
  }
  return attachmentResponse(doc.content, doc.fileName, doc.contentType);
}

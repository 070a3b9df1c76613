import { z } from "zod";
import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { getContractDocumentOrThrow } from "@/db/queries/contracts";
import { recordAudit } from "@/lib/audit/record";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { NotFoundError } from "@/lib/errors";
import { auditOrigin } from "@/lib/http/request-origin";
import { can } from "@/lib/policy";

const notFound = () => new Response("Niet gevonden", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** Letters, reports and improvement plans: the municipality and the contract's own provider only; 404 for anyone else. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) return notFound();
  const db = await getDb();
  const actor = await getCurrentActor();
  let doc;
  try {
    doc = await getContractDocumentOrThrow(db, id.data);
  } catch (error) {
    if (error instanceof NotFoundError) return notFound();
    throw error;
  }
  if (!can(actor, "contract.download", { providerId: doc.providerId })) {
    await recordAudit({ db, actor, origin: auditOrigin(await headers()) }, { action: "contract.download", objectType: "contract_document", objectId: doc.id, result: "denied" });
    return notFound();
  }
  return new Response(Buffer.from(doc.content), {
    headers: {
      "Content-Type": doc.contentType,
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

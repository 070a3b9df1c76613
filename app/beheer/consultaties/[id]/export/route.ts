import { z } from "zod";
import { getDb } from "@/db/client";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { parseResponseFilter } from "@/lib/consultation/export";
import { exportResponses } from "@/lib/consultation/export-file";
import { NotFoundError } from "@/lib/errors";
import { auditOrigin } from "@/lib/http/request-origin";
import { attachmentResponse, notFoundResponse } from "@/lib/http/responses";
import { can } from "@/lib/policy";

/** The officer's export of all responses: CSV or XLSX, sensitive answers marked. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = z.uuid().safeParse((await params).id);
  const actor = await getCurrentActor();
  if (!id.success || !can(actor, "consultation.administer")) return notFoundResponse();
  const url = new URL(request.url);
  const format = url.searchParams.get("formaat") === "xlsx" ? "xlsx" : "csv";
  try {
    const ctx = { db: await getDb(), actor, origin: auditOrigin(request.headers) };
    const file = await exportResponses(ctx, id.data, format, parseResponseFilter(Object.fromEntries(url.searchParams)));
    return attachmentResponse(file.content, file.fileName, file.contentType);
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundResponse();
    throw error;
  }
}

import { getDb } from "@/db/client";
import { exportAuditCsv } from "@/lib/audit/export";
import { auditCsvResponse } from "@/lib/audit/export-response";
import { parseAuditFilter } from "@/lib/audit/filter";
import { auditScopeFor } from "@/lib/audit/reads";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { auditOrigin } from "@/lib/http/request-origin";
import { notFoundResponse } from "@/lib/http/responses";

/** The filtered audit view as CSV; bad filters answer in Dutch (400), a visitor without access 404. */
export async function GET(request: Request) {
  const actor = await getCurrentActor();
  if (!auditScopeFor(actor)) return notFoundResponse();
  const parsed = parseAuditFilter(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.ok)
    return new Response(parsed.errors.join("\n"), {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  const ctx = { db: await getDb(), actor, origin: auditOrigin(request.headers) };
  return auditCsvResponse(await exportAuditCsv(ctx, parsed.filter), "auditlog");
}

import { z } from "zod";
import { getDb } from "@/db/client";
import { getTrajectoryOrThrow } from "@/db/queries/trajectories";
import { exportAuditCsv } from "@/lib/audit/export";
import { auditCsvResponse } from "@/lib/audit/export-response";
import { parseAuditFilter } from "@/lib/audit/filter";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { NotFoundError } from "@/lib/errors";
import { auditOrigin } from "@/lib/http/request-origin";
import { notFoundResponse } from "@/lib/http/responses";
import { can } from "@/lib/policy";

/** One trajectory's filtered audit trail as CSV, like the global export. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = z.uuid().safeParse((await params).id);
  const actor = await getCurrentActor();
  if (!id.success || !can(actor, "trajectory.view_audit")) return notFoundResponse();
  const parsed = parseAuditFilter(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.ok)
    return new Response(parsed.errors.join("\n"), {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  const db = await getDb();
  try {
    const trajectory = await getTrajectoryOrThrow(db, id.data);
    const ctx = { db, actor, origin: auditOrigin(request.headers) };
    return auditCsvResponse(
      await exportAuditCsv(ctx, { ...parsed.filter, trajectoryId: trajectory.id }),
      "auditlog-traject",
    );
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundResponse();
    throw error;
  }
}

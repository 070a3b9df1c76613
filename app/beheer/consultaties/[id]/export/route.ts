import writeXlsxFile from "write-excel-file/node";
import { z } from "zod";
import { getDb } from "@/db/client";
import { getConsultationOrThrow, listResponsesForOfficer } from "@/db/queries/consultations";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { filterResponses, parseResponseFilter, responseTable, toCsv } from "@/lib/consultation/export";
import { NotFoundError } from "@/lib/errors";
import { can } from "@/lib/policy";
import { notFoundResponse } from "@/lib/http/responses";

/** The officer's export of all responses: CSV or XLSX, sensitive answers marked. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = z.uuid().safeParse((await params).id);
  if (!id.success || !can(await getCurrentActor(), "consultation.administer")) return notFoundResponse();
  const url = new URL(request.url);
  const format = url.searchParams.get("formaat") === "xlsx" ? "xlsx" : "csv";
  try {
    const db = await getDb();
    const consultation = await getConsultationOrThrow(db, id.data);
    const responses = filterResponses(await listResponsesForOfficer(db, consultation.id), parseResponseFilter(Object.fromEntries(url.searchParams)));
    const table = responseTable(consultation.questions, responses);
    const base = `reacties-${consultation.title.replace(/[^\p{L}\p{N}]+/gu, "-").slice(0, 60)}`;
    const common = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };
    if (format === "csv") {
      return new Response(toCsv(table), {
        headers: { ...common, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(base)}.csv` },
      });
    }
    const buffer = await writeXlsxFile(table.map((row, i) => row.map((value) => ({ value, fontWeight: i === 0 ? ("bold" as const) : undefined })))).toBuffer();
    return new Response(new Uint8Array(buffer), {
      headers: { ...common, "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(base)}.xlsx` },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundResponse();
    throw error;
  }
}

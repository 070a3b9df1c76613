import { getConsultationOrThrow, listResponsesForOfficer } from "@/db/queries/consultations";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import { toCsv, toXlsx } from "@/lib/export/spreadsheet";
import { filterQuery, filterResponses, responseTable, type ResponseFilter } from "./export";

export type ExportFormat = "csv" | "xlsx";
export type ExportFile = { fileName: string; contentType: string; content: Uint8Array };

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/**
 * The officer's export of a consultation's responses. The file holds competition-sensitive answers,
 * so each export is logged: who took which responses out of the portal, in what form.
 */
export async function exportResponses(
  ctx: WriteContext,
  consultationId: string,
  format: ExportFormat,
  filter: ResponseFilter,
): Promise<ExportFile> {
  const consultation = await getConsultationOrThrow(ctx.db, consultationId);
  const responses = filterResponses(await listResponsesForOfficer(ctx.db, consultation.id), filter);
  const table = responseTable(consultation.questions, responses);
  // Every cell goes through the shared writers, which neutralise formulas: answers are provider text.
  const content = format === "csv" ? new TextEncoder().encode(toCsv(table)) : await toXlsx(table);
  await recordAudit(ctx, {
    action: "consultation.export",
    objectType: "consultation",
    objectId: consultation.id,
    trajectoryId: consultation.trajectoryId,
    details: {
      title: consultation.title,
      format,
      rows: responses.length,
      sensitive: responses.filter((r) => [...r.answers.values()].some((a) => a.sensitive)).length,
      filter: filterQuery(filter) || null,
    },
  });
  const fileName = `reacties-${consultation.title.replace(/[^\p{L}\p{N}]+/gu, "-").slice(0, 60)}.${format}`;
  return { fileName, contentType: CONTENT_TYPES[format], content };
}

import { z } from "zod";
import type { OfficerResponse } from "@/db/queries/consultations";
import { formatDateTime, t } from "@/lib/i18n";

type Question = { id: string; prompt: string };
export type ResponseFilter = {
  sizeClass?: "large" | "medium" | "small";
  subregionId?: string;
  kind?: "provider" | "council";
};

/** Narrows the responses so that small providers and councils can be read on their own. */
export function filterResponses(responses: OfficerResponse[], filter: ResponseFilter): OfficerResponse[] {
  return responses.filter(
    (r) =>
      (!filter.kind || r.kind === filter.kind) &&
      (!filter.sizeClass || r.sizeClass === filter.sizeClass) &&
      (!filter.subregionId || r.subregions.some((s) => s.id === filter.subregionId)),
  );
}

export function answerText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map(answerText).join("; ");
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  return JSON.stringify(value) ?? "";
}

/** One row per response, one column per question; competition-sensitive answers are marked. */
export function responseTable(questions: Question[], responses: OfficerResponse[]): string[][] {
  const marker = t("consultation.sensitiveMarker");
  const header = [
    t("consultation.exportRespondent"),
    t("consultation.exportKind"),
    t("consultation.exportSize"),
    t("consultation.exportSubregions"),
    t("consultation.exportSubmitted"),
    ...questions.map((q) => q.prompt),
  ];
  const rows = responses.map((r) => [
    r.respondent,
    t(`consultation.exportKind_${r.kind}`),
    r.sizeClass ? t(`consultation.size_${r.sizeClass}`) : "",
    r.subregions.map((s) => s.name).join("; "),
    r.submittedAt ? formatDateTime(r.submittedAt) : "",
    ...questions.map((q) => {
      const a = r.answers.get(q.id);
      if (!a) return "";
      return a.sensitive ? `${marker} ${answerText(a.value)}`.trim() : answerText(a.value);
    }),
  ]);
  return [header, ...rows];
}

const filterSchema = z.object({
  grootte: z.enum(["large", "medium", "small"]).optional().catch(undefined),
  subregio: z.uuid().optional().catch(undefined),
  soort: z.enum(["provider", "council"]).optional().catch(undefined),
});

/** Reads the filter from the query string; unknown values are ignored, a filter only narrows a view. */
export function parseResponseFilter(params: Record<string, string | undefined>): ResponseFilter {
  const f = filterSchema.parse({
    grootte: params.grootte || undefined,
    subregio: params.subregio || undefined,
    soort: params.soort || undefined,
  });
  return { sizeClass: f.grootte, subregionId: f.subregio, kind: f.soort };
}

export function filterQuery(filter: ResponseFilter): string {
  const q = new URLSearchParams();
  if (filter.sizeClass) q.set("grootte", filter.sizeClass);
  if (filter.subregionId) q.set("subregio", filter.subregionId);
  if (filter.kind) q.set("soort", filter.kind);
  return q.toString();
}

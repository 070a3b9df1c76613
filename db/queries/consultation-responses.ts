import { and, asc, count, eq, exists, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import {
  consultationAnswers,
  consultationQuestions,
  consultationResponses,
  consultations,
  providers,
  providerSubregions,
  users,
} from "@/db/schema";
import type { Executor } from "@/db/connection";
import { inIdList } from "./id-list";
import { groupBy } from "@/lib/collections";
import { NotFoundError } from "@/lib/errors";
import { countOf, keyColumns, keysetPage, type SortKey } from "@/lib/paging/keyset";
import type { PageRequest } from "@/lib/paging/request";
import { answerColumns, type OfficerResponse } from "./consultations";

/** A response as the officer's overview shows it: who, their size and the answers (sub-regions only filter). */
export type ResponseOnPage = Omit<OfficerResponse, "subregions">;

export type ResponseFilterInput = {
  sizeClass?: "large" | "medium" | "small";
  subregionId?: string;
  kind?: "provider" | "council";
};

export const RESPONSE_KEYS: SortKey[] = [
  // Submitted responses always carry the moment; the fallback only keeps the key non-null.
  {
    column: sql`coalesce(${consultationResponses.submittedAt}, ${consultationResponses.updatedAt})`,
    kind: "timestamp",
    direction: "asc",
  },
  { column: consultationResponses.id, kind: "uuid", direction: "asc" },
];

/** The submitted responses of a consultation that pass the officer's filter, as a condition. */
function responsesWhere(db: Executor, consultationId: string, filter: ResponseFilterInput): SQL {
  return and(
    eq(consultationResponses.consultationId, consultationId),
    eq(consultationResponses.status, "submitted"),
    filter.kind === "provider" ? isNotNull(consultationResponses.providerId) : undefined,
    filter.kind === "council" ? isNull(consultationResponses.providerId) : undefined,
    filter.sizeClass ? eq(providers.sizeClass, filter.sizeClass) : undefined,
    filter.subregionId
      ? exists(
          db
            .select({ one: sql`1` })
            .from(providerSubregions)
            .where(
              and(
                eq(providerSubregions.providerId, consultationResponses.providerId),
                eq(providerSubregions.subregionId, filter.subregionId),
              ),
            ),
        )
      : undefined,
  )!;
}

/**
 * One page of submitted responses with their answers, sensitive ones included: for officers only.
 * The filter is applied in the query, and answers are read for this page's rows only, so the cost of a page
 * does not grow with the number of responses. The overview shows no sub-regions, so none are read.
 */
export async function pageResponsesForOfficer(
  db: Executor,
  consultationId: string,
  filter: ResponseFilterInput,
  request: PageRequest,
  size: number,
) {
  const where = responsesWhere(db, consultationId, filter);
  const page = await keysetPage(RESPONSE_KEYS, request, size, {
    rows: (w) =>
      db
        .select({
          id: consultationResponses.id,
          providerId: consultationResponses.providerId,
          providerName: providers.name,
          sizeClass: providers.sizeClass,
          userName: users.name,
          submittedAt: consultationResponses.submittedAt,
          ...keyColumns(RESPONSE_KEYS),
        })
        .from(consultationResponses)
        .leftJoin(providers, eq(providers.id, consultationResponses.providerId))
        .leftJoin(users, eq(users.id, consultationResponses.userId))
        .where(and(where, w.where))
        .orderBy(...w.orderBy)
        .limit(w.limit)
        .offset(w.offset),
    count: () =>
      db
        .select({ n: count() })
        .from(consultationResponses)
        .leftJoin(providers, eq(providers.id, consultationResponses.providerId))
        .where(where)
        .then(countOf),
  });
  const answers = page.items.length
    ? await db
        .select(answerColumns)
        .from(consultationAnswers)
        .where(
          inIdList(
            consultationAnswers.responseId,
            page.items.map((r) => r.id),
          ),
        )
    : [];
  const answersByResponse = groupBy(answers, (a) => a.responseId);
  const items: ResponseOnPage[] = page.items.map((r) => ({
    id: r.id,
    providerId: r.providerId,
    providerName: r.providerName,
    sizeClass: r.sizeClass,
    userName: r.userName,
    submittedAt: r.submittedAt,
    respondent: r.providerName ?? r.userName ?? "—",
    kind: r.providerId ? ("provider" as const) : ("council" as const),
    answers: new Map(
      (answersByResponse.get(r.id) ?? []).map((a) => [a.questionId, { value: a.value, sensitive: a.sensitive }]),
    ),
  }));
  return { ...page, items };
}

/** A consultation's title and questions only, side by side: for the officer's overview of its answers. */
export async function getConsultationQuestionsOrThrow(db: Executor, id: string) {
  const [[row], questions] = await Promise.all([
    db.select({ id: consultations.id, title: consultations.title }).from(consultations).where(eq(consultations.id, id)),
    db
      .select({ id: consultationQuestions.id, prompt: consultationQuestions.prompt })
      .from(consultationQuestions)
      .where(eq(consultationQuestions.consultationId, id))
      .orderBy(asc(consultationQuestions.position)),
  ]);
  if (!row) throw new NotFoundError("consultation");
  return { ...row, questions };
}

import { and, count, eq, exists, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import {
  consultationAnswers,
  consultationQuestions,
  consultationResponses,
  consultations,
  councils,
  providers,
  providerSubregions,
  responseAttachments,
  users,
} from "@/db/schema";
import type { Executor } from "@/db/connection";
import { preparedStatement } from "@/db/prepared";
import { jsonList } from "./json-column";
import { NotFoundError } from "@/lib/errors";
import { keyColumns, keysetPage, type SortKey } from "@/lib/paging/keyset";
import type { PageRequest } from "@/lib/paging/request";
import type { OfficerResponse } from "./consultations";
import { respondentName } from "./respondent";

/**
 * A response as the officer's overview shows it: who, their size, the answers and the attachments
 * (sub-regions only filter).
 */
export type ResponseOnPage = Omit<OfficerResponse, "subregions"> & {
  attachments: { id: string; fileName: string; sizeBytes: number }[];
};

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
    // Written out rather than a parameter: only then may the plan a prepared statement keeps use the partial
    // index on submitted responses. With a parameter the kept plan read all 10,000 providers for a page.
    sql`${consultationResponses.status} = 'submitted'`,
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

type EmbeddedAnswer = {
  questionId: string;
  value: (typeof consultationAnswers.$inferSelect)["value"];
  sensitive: boolean;
};
type EmbeddedAttachment = ResponseOnPage["attachments"][number];

/**
 * One page of submitted responses with their answers and attachments, sensitive answers included: for
 * officers only. The filter is applied in the query, and answers and attachments come along as JSON for this
 * page's rows only, so the cost of a page does not grow with the number of responses; the count comes along in
 * the same statement, so a page is one round trip. The overview shows no sub-regions, so none are read.
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
          councilName: councils.name,
          userName: users.name,
          submittedAt: consultationResponses.submittedAt,
          answers: jsonList<EmbeddedAnswer>(sql`(select json_agg(json_build_object(
              'questionId', ${consultationAnswers.questionId},
              'value', ${consultationAnswers.value},
              'sensitive', ${consultationAnswers.competitionSensitive}))
            from ${consultationAnswers}
            where ${consultationAnswers.responseId} = ${consultationResponses.id})`),
          attachments: jsonList<EmbeddedAttachment>(sql`(select json_agg(json_build_object(
              'id', ${responseAttachments.id},
              'fileName', ${responseAttachments.fileName},
              'sizeBytes', ${responseAttachments.sizeBytes}) order by ${responseAttachments.uploadedAt})
            from ${responseAttachments}
            where ${responseAttachments.responseId} = ${consultationResponses.id})`),
          ...keyColumns(RESPONSE_KEYS),
          ...w.total,
        })
        .from(consultationResponses)
        .leftJoin(providers, eq(providers.id, consultationResponses.providerId))
        .leftJoin(users, eq(users.id, consultationResponses.userId))
        .leftJoin(councils, eq(councils.id, users.councilId))
        .where(and(where, w.where))
        .orderBy(...w.orderBy)
        .limit(w.limit)
        .offset(w.offset),
    count: () =>
      db
        .select({ n: count() })
        .from(consultationResponses)
        .leftJoin(providers, eq(providers.id, consultationResponses.providerId))
        .where(where),
  });
  const items: ResponseOnPage[] = page.items.map((r) => ({
    id: r.id,
    providerId: r.providerId,
    providerName: r.providerName,
    sizeClass: r.sizeClass,
    userName: r.userName,
    submittedAt: r.submittedAt,
    respondent: respondentName(r),
    kind: r.providerId ? ("provider" as const) : ("council" as const),
    answers: new Map(r.answers.map((a) => [a.questionId, { value: a.value, sensitive: a.sensitive }] as const)),
    attachments: r.attachments,
  }));
  return { ...page, items };
}

/** A consultation's title and questions in their order, in one statement of a fixed shape, built once. */
const questionsStatement = preparedStatement("consultation_questions", (db: Executor, name) =>
  db
    .select({
      id: consultations.id,
      title: consultations.title,
      questions: jsonList<{ id: string; prompt: string }>(sql`(select json_agg(json_build_object(
            'id', ${consultationQuestions.id}, 'prompt', ${consultationQuestions.prompt})
            order by ${consultationQuestions.position})
          from ${consultationQuestions}
          where ${consultationQuestions.consultationId} = ${consultations.id})`),
    })
    .from(consultations)
    .where(eq(consultations.id, sql.placeholder("id")))
    .prepare(name),
);

/** A consultation's title and questions in their order: for the officer's overview of its answers. */
export async function getConsultationQuestionsOrThrow(db: Executor, id: string) {
  const [row] = await questionsStatement(db).execute({ id });
  if (!row) throw new NotFoundError("consultation");
  return row;
}

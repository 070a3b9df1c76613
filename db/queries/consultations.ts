import { and, asc, desc, eq, gt, inArray, or, sql } from "drizzle-orm";
import {
  commentFlags,
  consultationAnswers,
  consultationChanges,
  consultationComments,
  consultationInvitations,
  consultationQuestions,
  consultationResponses,
  consultations,
  councils,
  providers,
  providerSubregions,
  subregions,
  trajectories,
  users,
} from "@/db/schema";
import type { Executor } from "@/db/connection";
import { respondentName } from "./respondent";
import { groupBy } from "@/lib/collections";
import { NotFoundError } from "@/lib/errors";

export async function getConsultationOrThrow(db: Executor, id: string) {
  const [row] = await db
    .select({
      consultation: consultations,
      trajectoryTitle: trajectories.title,
      trajectoryVisibility: trajectories.visibility,
    })
    .from(consultations)
    .innerJoin(trajectories, eq(trajectories.id, consultations.trajectoryId))
    .where(eq(consultations.id, id));
  if (!row) throw new NotFoundError("consultation");
  const questions = await db
    .select()
    .from(consultationQuestions)
    .where(eq(consultationQuestions.consultationId, id))
    .orderBy(asc(consultationQuestions.position));
  return {
    ...row.consultation,
    trajectoryTitle: row.trajectoryTitle,
    trajectoryVisibility: row.trajectoryVisibility,
    questions,
  };
}
export type ConsultationDetail = Awaited<ReturnType<typeof getConsultationOrThrow>>;

/** An answer as the officer's overview and export read it: whose, to which question, and whether sensitive. */
export const answerColumns = {
  responseId: consultationAnswers.responseId,
  questionId: consultationAnswers.questionId,
  value: consultationAnswers.value,
  sensitive: consultationAnswers.competitionSensitive,
};

export const listColumns = {
  id: consultations.id,
  title: consultations.title,
  trajectoryId: consultations.trajectoryId,
  trajectoryTitle: trajectories.title,
  phase: consultations.phase,
  openness: consultations.openness,
  form: consultations.form,
  interaction: consultations.interaction,
  audience: consultations.audience,
  state: consultations.state,
  opensAt: consultations.opensAt,
  closesAt: consultations.closesAt,
};

/** Consultations with their trajectory's title, in the shape every list shows. */
const consultationList = (db: Executor) =>
  db.select(listColumns).from(consultations).innerJoin(trajectories, eq(trajectories.id, consultations.trajectoryId));

export const listConsultationsForTrajectory = (db: Executor, trajectoryId: string) =>
  consultationList(db).where(eq(consultations.trajectoryId, trajectoryId)).orderBy(desc(consultations.createdAt));

/** Open consultations on the public portal: published, not yet closed, open to all. */
export const listPublicConsultations = (db: Executor, now: Date, limit?: number) => {
  const query = consultationList(db)
    .where(
      and(
        eq(consultations.openness, "open"),
        inArray(consultations.state, ["published", "open"]),
        gt(consultations.closesAt, now),
        eq(trajectories.visibility, "public"),
      ),
    )
    .orderBy(asc(consultations.closesAt), asc(consultations.id));
  return limit ? query.limit(limit) : query;
};

/** Closed consultations this person, or the provider they speak for, was invited to. */
export async function listInvitedConsultations(
  db: Executor,
  who: { userId: string; providerId: string | null },
  now: Date,
) {
  const invited = or(
    eq(consultationInvitations.userId, who.userId),
    who.providerId ? eq(consultationInvitations.providerId, who.providerId) : undefined,
  );
  return db
    .selectDistinct(listColumns)
    .from(consultationInvitations)
    .innerJoin(consultations, eq(consultations.id, consultationInvitations.consultationId))
    .innerJoin(trajectories, eq(trajectories.id, consultations.trajectoryId))
    .where(
      and(
        invited,
        inArray(consultations.state, ["published", "open", "closed", "feedback_published"]),
        gt(consultations.closesAt, new Date(now.getTime() - 90 * 86400_000)),
      ),
    )
    .orderBy(asc(consultations.closesAt));
}

export async function isInvited(
  db: Executor,
  consultationId: string,
  who: { userId: string; providerId: string | null } | null,
): Promise<boolean> {
  if (!who) return false;
  const [row] = await db
    .select({ id: consultationInvitations.id })
    .from(consultationInvitations)
    .where(
      and(
        eq(consultationInvitations.consultationId, consultationId),
        or(
          eq(consultationInvitations.userId, who.userId),
          who.providerId ? eq(consultationInvitations.providerId, who.providerId) : undefined,
        ),
      ),
    )
    .limit(1);
  return !!row;
}

/** For the officer: who was invited, and whether they opened, drafted or submitted. */
export async function listInvitationStatus(db: Executor, consultationId: string) {
  const rows = await db
    .select({
      id: consultationInvitations.id,
      providerName: providers.name,
      userName: users.name,
      openedAt: consultationInvitations.openedAt,
      remindedAt: consultationInvitations.remindedAt,
      providerId: consultationInvitations.providerId,
      userId: consultationInvitations.userId,
    })
    .from(consultationInvitations)
    .leftJoin(providers, eq(providers.id, consultationInvitations.providerId))
    .leftJoin(users, eq(users.id, consultationInvitations.userId))
    .where(eq(consultationInvitations.consultationId, consultationId));
  const responses = await db
    .select({
      providerId: consultationResponses.providerId,
      userId: consultationResponses.userId,
      status: consultationResponses.status,
    })
    .from(consultationResponses)
    .where(eq(consultationResponses.consultationId, consultationId));
  return rows
    .map((r) => {
      const response = responses.find(
        (x) => (r.providerId && x.providerId === r.providerId) || (r.userId && x.userId === r.userId),
      );
      return { ...r, name: r.providerName ?? r.userName ?? "—", responseStatus: response?.status ?? null };
    })
    .sort((a, b) => a.name.localeCompare(b.name, "nl"));
}

/**
 * Submitted responses as other participants may read them: competition-sensitive answers are
 * left out by the query itself, so they never reach the page.
 */
export async function listShareableResponses(db: Executor, consultationId: string, excludeResponseId: string | null) {
  const rows = await db
    .select({
      responseId: consultationResponses.id,
      providerName: providers.name,
      councilName: councils.name,
      userName: users.name,
      submittedAt: consultationResponses.submittedAt,
      questionId: consultationAnswers.questionId,
      value: consultationAnswers.value,
    })
    .from(consultationResponses)
    .leftJoin(providers, eq(providers.id, consultationResponses.providerId))
    .leftJoin(users, eq(users.id, consultationResponses.userId))
    .leftJoin(councils, eq(councils.id, users.councilId))
    .leftJoin(
      consultationAnswers,
      and(
        eq(consultationAnswers.responseId, consultationResponses.id),
        eq(consultationAnswers.competitionSensitive, false),
      ),
    )
    .where(and(eq(consultationResponses.consultationId, consultationId), eq(consultationResponses.status, "submitted")))
    .orderBy(asc(consultationResponses.submittedAt));
  const byResponse = new Map<string, { name: string; submittedAt: Date | null; answers: Map<string, unknown> }>();
  for (const r of rows) {
    if (r.responseId === excludeResponseId) continue;
    const entry = byResponse.get(r.responseId) ?? {
      name: respondentName(r),
      submittedAt: r.submittedAt,
      answers: new Map(),
    };
    if (r.questionId) entry.answers.set(r.questionId, r.value);
    byResponse.set(r.responseId, entry);
  }
  return [...byResponse.values()];
}

/** Recently published feedback of open consultations, for the public portal. */
export const listRecentFeedback = (db: Executor, limit = 6) =>
  consultationList(db)
    .where(
      and(
        eq(consultations.openness, "open"),
        eq(consultations.state, "feedback_published"),
        eq(trajectories.visibility, "public"),
      ),
    )
    .orderBy(desc(consultations.feedbackPublishedAt))
    .limit(limit);

/** All submitted responses with their answers, sensitive ones included: for officers only. */
export async function listResponsesForOfficer(db: Executor, consultationId: string) {
  const submitted = and(
    eq(consultationResponses.consultationId, consultationId),
    eq(consultationResponses.status, "submitted"),
  );
  // Three queries in one round trip, each selecting by the consultation rather than by a list of ids.
  const [responses, answers, regions] = await Promise.all([
    db
      .select({
        id: consultationResponses.id,
        providerId: consultationResponses.providerId,
        providerName: providers.name,
        sizeClass: providers.sizeClass,
        councilName: councils.name,
        userName: users.name,
        submittedAt: consultationResponses.submittedAt,
      })
      .from(consultationResponses)
      .leftJoin(providers, eq(providers.id, consultationResponses.providerId))
      .leftJoin(users, eq(users.id, consultationResponses.userId))
      .leftJoin(councils, eq(councils.id, users.councilId))
      .where(submitted)
      .orderBy(asc(consultationResponses.submittedAt)),
    db
      .select(answerColumns)
      .from(consultationAnswers)
      .innerJoin(consultationResponses, eq(consultationResponses.id, consultationAnswers.responseId))
      .where(submitted),
    db
      .select({ providerId: providerSubregions.providerId, id: subregions.id, name: subregions.name })
      .from(providerSubregions)
      .innerJoin(subregions, eq(subregions.id, providerSubregions.subregionId))
      .innerJoin(consultationResponses, eq(consultationResponses.providerId, providerSubregions.providerId))
      .where(submitted),
  ]);
  const answersByResponse = groupBy(answers, (a) => a.responseId);
  const regionsByProvider = groupBy(regions, (g) => g.providerId);
  return responses.map(({ councilName, ...r }) => ({
    ...r,
    respondent: respondentName({ ...r, councilName }),
    kind: r.providerId ? ("provider" as const) : ("council" as const),
    subregions: (r.providerId ? (regionsByProvider.get(r.providerId) ?? []) : []).map((g) => ({
      id: g.id,
      name: g.name,
    })),
    answers: new Map(
      (answersByResponse.get(r.id) ?? []).map((a) => [a.questionId, { value: a.value, sensitive: a.sensitive }]),
    ),
  }));
}
export type OfficerResponse = Awaited<ReturnType<typeof listResponsesForOfficer>>[number];

export async function listComments(db: Executor, consultationId: string) {
  const rows = await db
    .select({
      comment: consultationComments,
      author: users.name,
      flags: sql<number>`(select count(*)::int from ${commentFlags}
        where ${commentFlags.commentId} = ${consultationComments.id})`,
    })
    .from(consultationComments)
    .innerJoin(users, eq(users.id, consultationComments.authorId))
    .where(eq(consultationComments.consultationId, consultationId))
    .orderBy(asc(consultationComments.createdAt));
  return rows.map((r) => ({ ...r.comment, author: r.author, flags: Number(r.flags) }));
}
export type CommentRow = Awaited<ReturnType<typeof listComments>>[number];

export const listConsultationChanges = (db: Executor, consultationId: string) =>
  db
    .select()
    .from(consultationChanges)
    .where(eq(consultationChanges.consultationId, consultationId))
    .orderBy(desc(consultationChanges.changedAt));

import { and, eq, isNull, or } from "drizzle-orm";
import { consultationInvitations, consultationResponses } from "@/db/schema";
import type { Executor } from "@/db/connection";
import {
  getConsultationOrThrow,
  isInvited,
  listComments,
  listConsultationChanges,
  listConsultationsForTrajectory,
  listInvitationStatus,
  listInvitedConsultations,
  listPublicConsultations,
  listRecentFeedback,
  listResponsesForOfficer,
  listShareableResponses,
} from "@/db/queries/consultations";
import {
  ARCHIVE_KEYS,
  COMMENT_KEYS,
  OPEN_KEYS,
  pageComments,
  pagePublicConsultations,
  type PublicListing,
} from "@/db/queries/consultation-lists";
import {
  getConsultationQuestionsOrThrow,
  pageResponsesForOfficer,
  RESPONSE_KEYS,
  type ResponseFilterInput,
} from "@/db/queries/consultation-responses";
import { speakingFor, type Actor } from "@/lib/auth/actor";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { KeyKind } from "@/lib/paging/cursor";
import { kindsOf } from "@/lib/paging/keyset";
import type { PageRequest } from "@/lib/paging/request";
import { can } from "@/lib/policy";
import { effectiveState } from "./state-machine";

/**
 * Loads a consultation as this actor may see it. One that does not exist for the actor (a
 * closed consultation they were not invited to, or a draft) is reported as not found.
 */
export async function loadConsultationFor(db: Executor, actor: Actor | null, id: string, now = new Date()) {
  // Three independent reads; an unknown id fails the first, and the others then found nothing.
  const [consultation, invited, hasSubmitted] = await Promise.all([
    getConsultationOrThrow(db, id),
    isInvited(db, id, actor ? { userId: actor.id, providerId: speakingFor(actor) } : null),
    actor ? ownResponseSubmitted(db, id, actor) : false,
  ]);
  const resource = {
    openness: consultation.openness,
    interaction: consultation.interaction,
    audience: consultation.audience,
    state: effectiveState(consultation, now),
    invited,
    hasSubmitted,
  };
  if (!can(actor, "consultation.view", resource)) throw new NotFoundError("consultation");
  return { consultation, resource };
}

/** A consultation as `loadConsultationFor` returned it: what the visitor's reads below are judged on. */
export type VisibleConsultation = Awaited<ReturnType<typeof loadConsultationFor>>;

function assertVisible(actor: Actor | null, { resource }: VisibleConsultation) {
  if (!can(actor, "consultation.view", resource)) throw new NotFoundError("consultation");
}

/** The published changes of a consultation the visitor may see. */
export async function listChangesFor(db: Executor, actor: Actor | null, visible: VisibleConsultation) {
  assertVisible(actor, visible);
  return listConsultationChanges(db, visible.consultation.id);
}

/** The discussion under a consultation the visitor may see. */
export async function listCommentsFor(db: Executor, actor: Actor | null, visible: VisibleConsultation) {
  assertVisible(actor, visible);
  return listComments(db, visible.consultation.id);
}

export const COMMENT_PAGE_SIZE = 20;
export const COMMENT_CURSOR = kindsOf(COMMENT_KEYS);

/**
 * One page of the discussion under a consultation the visitor may see: 20 threads, each with its replies, as
 * many as a page of the consultation lists.
 */
export async function pageCommentsFor(
  db: Executor,
  actor: Actor | null,
  visible: VisibleConsultation,
  request: PageRequest,
) {
  assertVisible(actor, visible);
  return pageComments(db, visible.consultation.id, request, COMMENT_PAGE_SIZE);
}

/**
 * Other participants' shareable answers, for whom the policy lets read them (interactive mode, after
 * their own submission); `null` for anyone else. The visitor's own response is left out.
 */
export async function listSharedResponsesFor(
  db: Executor,
  actor: Actor | null,
  { consultation, resource }: VisibleConsultation,
  ownResponseId: string | null,
) {
  if (!can(actor, "consultation.read_others", resource)) return null;
  return listShareableResponses(db, consultation.id, ownResponseId);
}

/** For a signed-in person: the closed consultations they (or the provider they speak for) were invited to. */
export async function listInvitedClosedFor(db: Executor, actor: Actor | null, now: Date) {
  if (!actor) return [];
  const invited = await listInvitedConsultations(db, { userId: actor.id, providerId: speakingFor(actor) }, now);
  return invited.filter((c) => c.openness === "closed");
}

export const CONSULTATION_PAGE_SIZE = 20;
export const CONSULTATION_CURSOR: Record<PublicListing, KeyKind[]> = {
  open: kindsOf(OPEN_KEYS),
  archive: kindsOf(ARCHIVE_KEYS),
};
export type { PublicListing };

/** One page of the public consultations: the open ones, or the archive of finished ones. Public to everyone. */
export function pagePublicConsultationsFor(db: Executor, listing: PublicListing, now: Date, request: PageRequest) {
  return pagePublicConsultations(db, listing, now, request, CONSULTATION_PAGE_SIZE);
}

/** The portal's front page: open consultations and recent feedback, public to everyone. */
export async function listPublicHighlights(db: Executor, now: Date) {
  const [consultations, feedback] = await Promise.all([listPublicConsultations(db, now, 6), listRecentFeedback(db)]);
  return { consultations, feedback };
}

// The officers' workspace sees every consultation in every state, drafts included. Its pages let
// only officers in; the reads say so again where the data is read.
function assertAdministers(actor: Actor | null) {
  if (!can(actor, "consultation.administer")) throw new ForbiddenError("consultation.administer");
}

export async function loadConsultationForOfficer(db: Executor, actor: Actor | null, id: string) {
  assertAdministers(actor);
  return getConsultationOrThrow(db, id);
}

/** Title and questions of a consultation, for the officer's overview of its answers. */
export async function loadQuestionsForOfficer(db: Executor, actor: Actor | null, id: string) {
  assertAdministers(actor);
  return getConsultationQuestionsOrThrow(db, id);
}

export async function listInvitationStatusForOfficer(db: Executor, actor: Actor | null, consultationId: string) {
  assertAdministers(actor);
  return listInvitationStatus(db, consultationId);
}

export async function listChangesForOfficer(db: Executor, actor: Actor | null, consultationId: string) {
  assertAdministers(actor);
  return listConsultationChanges(db, consultationId);
}

/** Every submitted response with its answers, competition-sensitive ones included. */
export async function loadResponsesForOfficer(db: Executor, actor: Actor | null, consultationId: string) {
  assertAdministers(actor);
  return listResponsesForOfficer(db, consultationId);
}

export const RESPONSE_PAGE_SIZE = 50;
export const RESPONSE_CURSOR = kindsOf(RESPONSE_KEYS);

/** One page (50) of the submitted responses that pass the filter, with their answers, for officers. */
export async function pageResponsesFor(
  db: Executor,
  actor: Actor | null,
  consultationId: string,
  filter: ResponseFilterInput,
  request: PageRequest,
) {
  assertAdministers(actor);
  return pageResponsesForOfficer(db, consultationId, filter, request, RESPONSE_PAGE_SIZE);
}

/** A trajectory's consultations in the workspace (officers and administrators), drafts included. */
export async function listConsultationsOfTrajectory(db: Executor, actor: Actor | null, trajectoryId: string) {
  if (!can(actor, "officer_workspace.enter")) throw new ForbiddenError("officer_workspace.enter");
  return listConsultationsForTrajectory(db, trajectoryId);
}

async function ownResponseSubmitted(db: Executor, consultationId: string, actor: Actor): Promise<boolean> {
  const providerId = speakingFor(actor);
  const [row] = await db
    .select({ id: consultationResponses.id })
    .from(consultationResponses)
    .where(
      and(
        eq(consultationResponses.consultationId, consultationId),
        eq(consultationResponses.status, "submitted"),
        providerId ? eq(consultationResponses.providerId, providerId) : eq(consultationResponses.userId, actor.id),
      ),
    )
    .limit(1);
  return !!row;
}

/** Records the first time an invited participant opened the consultation, for the officer's overview. */
export async function markInvitationOpened(db: Executor, consultationId: string, actor: Actor): Promise<void> {
  const providerId = speakingFor(actor);
  await db
    .update(consultationInvitations)
    .set({ openedAt: new Date() })
    .where(
      and(
        eq(consultationInvitations.consultationId, consultationId),
        isNull(consultationInvitations.openedAt),
        or(
          eq(consultationInvitations.userId, actor.id),
          providerId ? eq(consultationInvitations.providerId, providerId) : undefined,
        ),
      ),
    );
}

// Components take these shapes as props; they may not import db/ themselves.
export type { CommentRow, ConsultationDetail, OfficerResponse } from "@/db/queries/consultations";
export type { ResponseOnPage } from "@/db/queries/consultation-responses";

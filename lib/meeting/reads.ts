import {
  getMeetingOrThrow,
  isInvolvedInTrajectory,
  isMeetingInvitee,
  listInvitees,
  listMeetingsForConsultation,
  listMeetingsForTrajectory,
  listMinutesVersions,
  MEETING_KEYS,
  pageMeetingsForTrajectory,
} from "@/db/queries/meetings";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/connection";
import { isRelevantTo, relevantTableIds } from "@/db/queries/overlegtafels";
import { involvedTrajectoryIds, type SearchScope } from "@/db/queries/search-scope";
import { consultationTables } from "@/db/schema";
import { speakingFor, type Actor } from "@/lib/auth/actor";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { kindsOf } from "@/lib/paging/keyset";
import type { PageRequest } from "@/lib/paging/request";
import { can } from "@/lib/policy";

const who = (actor: Actor | null) => (actor ? { userId: actor.id, providerId: speakingFor(actor) } : null);

/**
 * Loads a meeting for someone outside the workspace. Those who may neither join it nor read its
 * published minutes get a 404, so that a meeting's existence is not revealed.
 */
export async function loadMeetingFor(db: Executor, actor: Actor | null, id: string) {
  const meeting = await getMeetingOrThrow(db, id);
  const invited = await isMeetingInvitee(db, meeting.id, who(actor));
  const versions = await listMinutesVersions(db, meeting.id);
  const mayJoin = can(actor, "meeting.view", { invited });
  const mayRead = versions.length > 0 && (await mayReadPublishedMinutes(db, actor, meeting));
  if (!mayJoin && !mayRead) throw new NotFoundError("meeting");
  return { meeting, invited, mayJoin, versions: mayRead ? versions : [] };
}

type MinutesScope = { trajectoryId: string; trajectoryVisibility: "internal" | "public"; tableId?: string | null } & (
  { id: string; minutesAudience: "trajectory" | "invitees" } | { minutesAudience?: undefined }
);

export async function mayReadPublishedMinutes(db: Executor, actor: Actor | null, meeting: MinutesScope) {
  // Minutes meant for the invitees only (one-to-one talks) are internal whatever the trajectory, and
  // "involved" means invited to this very meeting.
  if (meeting.minutesAudience === "invitees") {
    return can(actor, "minutes.view_published", {
      visibility: "internal",
      involved: await isMeetingInvitee(db, meeting.id, who(actor)),
    });
  }
  if (can(actor, "minutes.view_published", { visibility: meeting.trajectoryVisibility, involved: false })) return true;
  // Minutes of a table session go to every provider for whom the table is relevant.
  const involved =
    (await isInvolvedInTrajectory(db, meeting.trajectoryId, who(actor))) ||
    (await relevantToTable(db, meeting.tableId ?? null, speakingFor(actor)));
  return can(actor, "minutes.view_published", { visibility: meeting.trajectoryVisibility, involved });
}

/**
 * What the portal search may show this person: the same rule as `mayReadPublishedMinutes`, taken
 * over all meetings at once. Staff see everything; anyone else what is public, what belongs to the
 * trajectories they take part in and the sessions of the tables relevant to their provider.
 */
export async function searchScopeFor(db: Executor, actor: Actor | null): Promise<SearchScope> {
  const searcher = who(actor);
  const everything = can(actor, "trajectory.list_all");
  if (!searcher || everything) return { everything, who: searcher, trajectoryIds: [], tableIds: [] };
  const [trajectoryIds, tableIds] = await Promise.all([
    involvedTrajectoryIds(db, searcher),
    relevantTableIds(db, searcher.providerId),
  ]);
  return { everything, who: searcher, trajectoryIds, tableIds };
}

async function relevantToTable(db: Executor, tableId: string | null, providerId: string | null): Promise<boolean> {
  if (!tableId || !providerId) return false;
  const [table] = await db.select().from(consultationTables).where(eq(consultationTables.id, tableId));
  return table ? isRelevantTo(db, table, providerId) : false;
}

/** Sessions of an oral consultation as its page shows them, with the newest minutes this person may read. */
export async function loadSessionsFor(
  db: Executor,
  actor: Actor | null,
  consultation: { id: string; trajectoryId: string; trajectoryVisibility: "internal" | "public" },
) {
  const meetings = await listMeetingsForConsultation(db, consultation.id);
  const mayRead = meetings.length > 0 && (await mayReadPublishedMinutes(db, actor, consultation));
  return Promise.all(
    meetings.map(async (meeting) => {
      const versions = mayRead ? await listMinutesVersions(db, meeting.id) : [];
      return { meeting, latestVersion: versions.at(-1)?.version ?? null };
    }),
  );
}

// The workspace (officers and administrators) sees every meeting, its invitees and every published
// version. Its pages let only staff in; these reads say so again where the data is read.
function assertStaff(actor: Actor | null) {
  if (!can(actor, "officer_workspace.enter")) throw new ForbiddenError("officer_workspace.enter");
}

export async function loadMeetingForStaff(db: Executor, actor: Actor | null, id: string) {
  assertStaff(actor);
  return getMeetingOrThrow(db, id);
}

export async function listInviteesForStaff(db: Executor, actor: Actor | null, meetingId: string) {
  assertStaff(actor);
  return listInvitees(db, meetingId);
}

export async function listMinutesVersionsForStaff(db: Executor, actor: Actor | null, meetingId: string) {
  assertStaff(actor);
  return listMinutesVersions(db, meetingId);
}

export async function listMeetingsOfTrajectory(db: Executor, actor: Actor | null, trajectoryId: string) {
  assertStaff(actor);
  return listMeetingsForTrajectory(db, trajectoryId);
}

export const MEETING_PAGE_SIZE = 25;
export const MEETING_CURSOR = kindsOf(MEETING_KEYS);

/** One page (25) of a trajectory's meetings, for the workspace. */
export async function pageMeetingsOfTrajectory(
  db: Executor,
  actor: Actor | null,
  trajectoryId: string,
  request: PageRequest,
) {
  assertStaff(actor);
  const page = await pageMeetingsForTrajectory(db, trajectoryId, request, MEETING_PAGE_SIZE);
  return { ...page, items: page.items.map((r) => r.meeting) };
}

export async function listMeetingsOfConsultation(db: Executor, actor: Actor | null, consultationId: string) {
  assertStaff(actor);
  return listMeetingsForConsultation(db, consultationId);
}

// Components take these shapes as props; they may not import db/ themselves.
export type { InviteeRow, MeetingDetail } from "@/db/queries/meetings";
export type { Meeting } from "@/db/schema";

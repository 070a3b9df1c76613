import { and, asc, count, eq, or, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import {
  consultationInvitations,
  consultationResponses,
  consultations,
  councils,
  meetingInvitees,
  meetings,
  minutesVersions,
  providers,
  trajectories,
  users,
} from "@/db/schema";
import type { Executor } from "@/db/connection";
import { NotFoundError } from "@/lib/errors";
import { keyColumns, keysetPage, type SortKey } from "@/lib/paging/keyset";
import type { PageRequest } from "@/lib/paging/request";

export async function getMeetingOrThrow(db: Executor, id: string) {
  const [row] = await db
    .select({ meeting: meetings, trajectoryTitle: trajectories.title, trajectoryVisibility: trajectories.visibility })
    .from(meetings)
    .innerJoin(trajectories, eq(trajectories.id, meetings.trajectoryId))
    .where(eq(meetings.id, id));
  if (!row) throw new NotFoundError("meeting");
  return { ...row.meeting, trajectoryTitle: row.trajectoryTitle, trajectoryVisibility: row.trajectoryVisibility };
}
export type MeetingDetail = Awaited<ReturnType<typeof getMeetingOrThrow>>;

export const listMeetingsForTrajectory = (db: Executor, trajectoryId: string) =>
  db.select().from(meetings).where(eq(meetings.trajectoryId, trajectoryId)).orderBy(asc(meetings.startsAt));

export const MEETING_KEYS: SortKey[] = [
  { column: meetings.startsAt, kind: "timestamp", direction: "asc" },
  { column: meetings.id, kind: "uuid", direction: "asc" },
];

/** One page of a trajectory's meetings, earliest first, in the order of `listMeetingsForTrajectory`. */
export const pageMeetingsForTrajectory = (db: Executor, trajectoryId: string, request: PageRequest, size: number) =>
  keysetPage(MEETING_KEYS, request, size, {
    rows: (w) =>
      db
        .select({ meeting: meetings, ...keyColumns(MEETING_KEYS), ...w.total })
        .from(meetings)
        .where(and(eq(meetings.trajectoryId, trajectoryId), w.where))
        .orderBy(...w.orderBy)
        .limit(w.limit)
        .offset(w.offset),
    count: () => db.select({ n: count() }).from(meetings).where(eq(meetings.trajectoryId, trajectoryId)),
  });

export const listMeetingsForConsultation = (db: Executor, consultationId: string) =>
  db.select().from(meetings).where(eq(meetings.consultationId, consultationId)).orderBy(asc(meetings.startsAt));

/** Invitees with a display name: the organisation, or the person and their council. */
export async function listInvitees(db: Executor, meetingId: string) {
  const rows = await db
    .select({
      invitee: meetingInvitees,
      providerName: providers.name,
      personName: users.name,
      councilName: councils.name,
    })
    .from(meetingInvitees)
    .leftJoin(providers, eq(providers.id, meetingInvitees.providerId))
    .leftJoin(users, eq(users.id, meetingInvitees.userId))
    .leftJoin(councils, eq(councils.id, users.councilId))
    .where(eq(meetingInvitees.meetingId, meetingId));
  return rows
    .map((r) => ({
      ...r.invitee,
      name: r.providerName ?? (r.councilName ? `${r.personName} — ${r.councilName}` : (r.personName ?? "")),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, "nl"));
}
export type InviteeRow = Awaited<ReturnType<typeof listInvitees>>[number];

export async function isMeetingInvitee(
  db: Executor,
  meetingId: string,
  who: { userId: string; providerId: string | null } | null,
): Promise<boolean> {
  if (!who) return false;
  const [row] = await db
    .select({ id: meetingInvitees.id })
    .from(meetingInvitees)
    .where(
      and(
        eq(meetingInvitees.meetingId, meetingId),
        or(
          eq(meetingInvitees.userId, who.userId),
          who.providerId ? eq(meetingInvitees.providerId, who.providerId) : undefined,
        ),
      ),
    )
    .limit(1);
  return Boolean(row);
}

/** Published versions, newest first: what anyone outside the municipality may ever read of minutes. */
export const listMinutesVersions = (db: Executor, meetingId: string) =>
  db
    .select({
      id: minutesVersions.id,
      version: minutesVersions.version,
      changeNote: minutesVersions.changeNote,
      publishedAt: minutesVersions.publishedAt,
      redactionCount: minutesVersions.redactionCount,
    })
    .from(minutesVersions)
    .where(eq(minutesVersions.meetingId, meetingId))
    .orderBy(asc(minutesVersions.version));

/**
 * Whether this person takes part in the trajectory: invited to or responding in one of its
 * consultations or meetings, personally or through the provider they speak for.
 */
export async function isInvolvedInTrajectory(
  db: Executor,
  trajectoryId: string,
  who: { userId: string; providerId: string | null } | null,
): Promise<boolean> {
  if (!who) return false;
  const mine = <T extends { userId: AnyPgColumn; providerId: AnyPgColumn }>(table: T) =>
    or(eq(table.userId, who.userId), who.providerId ? eq(table.providerId, who.providerId) : undefined);
  const found = await Promise.all([
    db
      .select({ one: sql`1` })
      .from(consultationInvitations)
      .innerJoin(consultations, eq(consultations.id, consultationInvitations.consultationId))
      .where(and(eq(consultations.trajectoryId, trajectoryId), mine(consultationInvitations)))
      .limit(1),
    db
      .select({ one: sql`1` })
      .from(consultationResponses)
      .innerJoin(consultations, eq(consultations.id, consultationResponses.consultationId))
      .where(and(eq(consultations.trajectoryId, trajectoryId), mine(consultationResponses)))
      .limit(1),
    db
      .select({ one: sql`1` })
      .from(meetingInvitees)
      .innerJoin(meetings, eq(meetings.id, meetingInvitees.meetingId))
      .where(and(eq(meetings.trajectoryId, trajectoryId), mine(meetingInvitees)))
      .limit(1),
  ]);
  return found.some((rows) => rows.length > 0);
}

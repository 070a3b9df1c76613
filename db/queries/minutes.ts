import { and, asc, desc, eq } from "drizzle-orm";
import { meetings, minutes, minutesRemarks, minutesVersions, trajectories, users } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { NotFoundError } from "@/lib/errors";

/** The unredacted working copy: officers only (policy "minutes.view_original"). */
export async function getWorkingMinutes(db: Executor, meetingId: string) {
  const [row] = await db.select().from(minutes).where(eq(minutes.meetingId, meetingId));
  if (!row) return null;
  const [submitter] = row.submittedBy
    ? await db.select({ name: users.name }).from(users).where(eq(users.id, row.submittedBy))
    : [];
  return { ...row, submitterName: submitter?.name ?? null };
}

export const listMinutesRemarks = (db: Executor, meetingId: string) =>
  db
    .select({ id: minutesRemarks.id, body: minutesRemarks.body, createdAt: minutesRemarks.createdAt, name: users.name })
    .from(minutesRemarks)
    .innerJoin(users, eq(users.id, minutesRemarks.authorId))
    .where(eq(minutesRemarks.meetingId, meetingId))
    .orderBy(asc(minutesRemarks.createdAt));

/** One published version: the only minutes content anyone outside the municipality reads. */
export async function getMinutesVersionOrThrow(db: Executor, meetingId: string, version: number) {
  const [row] = await db
    .select()
    .from(minutesVersions)
    .where(and(eq(minutesVersions.meetingId, meetingId), eq(minutesVersions.version, version)));
  if (!row) throw new NotFoundError("minutes version");
  return row;
}

const publishedColumns = {
  meetingId: minutesVersions.meetingId,
  version: minutesVersions.version,
  title: meetings.title,
  publishedAt: minutesVersions.publishedAt,
  changeNote: minutesVersions.changeNote,
};

/** The newest published versions of open trajectories, for the public portal. */
export const listRecentPublicMinutes = (db: Executor, limit = 6) =>
  db
    .select(publishedColumns)
    .from(minutesVersions)
    .innerJoin(meetings, eq(meetings.id, minutesVersions.meetingId))
    .innerJoin(trajectories, eq(trajectories.id, meetings.trajectoryId))
    .where(and(eq(trajectories.visibility, "public"), eq(meetings.minutesAudience, "trajectory")))
    .orderBy(desc(minutesVersions.publishedAt))
    .limit(limit);

/** Published versions of one trajectory, newest first; the caller has checked who may see it. */
export const listPublishedMinutesForTrajectory = (db: Executor, trajectoryId: string) =>
  db
    .select(publishedColumns)
    .from(minutesVersions)
    .innerJoin(meetings, eq(meetings.id, minutesVersions.meetingId))
    .where(and(eq(meetings.trajectoryId, trajectoryId), eq(meetings.minutesAudience, "trajectory")))
    .orderBy(desc(minutesVersions.publishedAt));

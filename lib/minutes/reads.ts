import { desc, eq } from "drizzle-orm";
import { getMeetingOrThrow, isMeetingInvitee, listMinutesVersions } from "@/db/queries/meetings";
import {
  getMinutesVersionOrThrow,
  getWorkingMinutes,
  listMinutesRemarks,
  listPublishedMinutesForTrajectory,
  listRecentPublicMinutes,
} from "@/db/queries/minutes";
import type { Executor } from "@/db/connection";
import { minutes, minutesCheckCopies } from "@/db/schema";
import { speakingFor, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { mayReadPublishedMinutes } from "@/lib/meeting/reads";
import { can } from "@/lib/policy";

/**
 * A published version for a reader. Whoever may not read it, or asks for a version that does not
 * exist (yet), gets "not found", and the refusal is audited.
 */
export async function loadPublishedMinutesFor(
  db: Executor,
  actor: Actor | null,
  meetingId: string,
  version: number,
  origin: string,
) {
  const meeting = await getMeetingOrThrow(db, meetingId);
  const versions = await listMinutesVersions(db, meeting.id);
  const allowed = versions.some((v) => v.version === version) && (await mayReadPublishedMinutes(db, actor, meeting));
  if (!allowed) {
    await recordAudit(
      { db, actor, origin },
      {
        action: "minutes.view_published",
        objectType: "meeting",
        objectId: meeting.id,
        trajectoryId: meeting.trajectoryId,
        result: "denied",
        details: { version },
      },
    );
    throw new NotFoundError("minutes version");
  }
  return { meeting, versions, published: await getMinutesVersionOrThrow(db, meeting.id, version) };
}

/** The newest published versions of public trajectories, for the portal's front page. */
export const listRecentPublishedMinutes = (db: Executor) => listRecentPublicMinutes(db);

/** Published versions of a trajectory the reader may see (an internal one is not found for the public). */
export async function listPublishedMinutesOfTrajectory(
  db: Executor,
  actor: Actor | null,
  trajectory: { id: string; visibility: "internal" | "public" },
) {
  if (!can(actor, "trajectory.view", { visibility: trajectory.visibility })) throw new NotFoundError("trajectory");
  return listPublishedMinutesForTrajectory(db, trajectory.id);
}

// The working copy holds the unredacted original: officers of the municipality only.
function assertMayReadOriginal(actor: Actor | null) {
  if (!can(actor, "minutes.view_original")) throw new ForbiddenError("minutes.view_original");
}

export async function loadWorkingMinutesForOfficer(db: Executor, actor: Actor | null, meetingId: string) {
  assertMayReadOriginal(actor);
  return getWorkingMinutes(db, meetingId);
}

/** Attendees' remarks from the check, beside the working copy. */
export async function listRemarksForOfficer(db: Executor, actor: Actor | null, meetingId: string) {
  assertMayReadOriginal(actor);
  return listMinutesRemarks(db, meetingId);
}

/**
 * The copy an invited attendee reads during the check: the newest one built through the gate,
 * never the working copy. Anyone else, or after the deadline, gets "not found".
 */
export async function loadCheckCopyFor(db: Executor, actor: Actor | null, meetingId: string, now = new Date()) {
  const meeting = await getMeetingOrThrow(db, meetingId);
  const [copy] = await db
    .select()
    .from(minutesCheckCopies)
    .where(eq(minutesCheckCopies.meetingId, meeting.id))
    .orderBy(desc(minutesCheckCopies.createdAt))
    .limit(1);
  const invited = actor
    ? await isMeetingInvitee(db, meeting.id, { userId: actor.id, providerId: speakingFor(actor) })
    : false;
  const [working] = await db
    .select({ deadline: minutes.attendeeCheckDeadline })
    .from(minutes)
    .where(eq(minutes.meetingId, meeting.id));
  // The check is open while the working copy's deadline runs and this copy is the one it was asked for.
  const deadline = working?.deadline ?? null;
  const open = Boolean(copy && deadline && deadline > now && copy.deadline.getTime() === deadline.getTime());
  if (!copy || !can(actor, "minutes.check", { invited, checkOpen: open })) throw new NotFoundError("minutes check");
  return { meeting, copy };
}

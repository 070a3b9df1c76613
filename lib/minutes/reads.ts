import { getMeetingOrThrow, listMinutesVersions } from "@/db/queries/meetings";
import { getMinutesVersionOrThrow } from "@/db/queries/minutes";
import type { Executor } from "@/db/connection";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { NotFoundError } from "@/lib/errors";
import { mayReadPublishedMinutes } from "@/lib/meeting/reads";

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

import { eq } from "drizzle-orm";
import { minutes } from "@/db/schema";
import { recordAudit, type WriteContext } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { DomainRuleError } from "@/lib/errors";
import { t } from "@/lib/i18n";
import { lockMeetingAndMinutes } from "./writes";

type Ctx = WriteContext & { actor: Actor };

/**
 * The officer ends a running attendee check before its deadline (everyone answered, or the minutes cannot wait):
 * from now on no remark is taken and the minutes may be published. Audited with the deadline it cut short; the
 * end-of-check job then reports the remarks as at any other end.
 */
export async function endAttendeeCheckNow(ctx: Ctx, meetingId: string, now = new Date()): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { meeting, minutes: row } = await lockMeetingAndMinutes(tx, meetingId);
    const deadline = row?.attendeeCheckDeadline;
    if (!row || !deadline || deadline <= now) throw new DomainRuleError(t("minutes.noCheckRunning"));
    await tx.update(minutes).set({ attendeeCheckDeadline: now }).where(eq(minutes.meetingId, meeting.id));
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: "minutes.end_check_early",
        objectType: "meeting",
        objectId: meeting.id,
        trajectoryId: meeting.trajectoryId,
        details: { deadline: deadline.toISOString(), endedAt: now.toISOString() },
      },
    );
  });
}

import { and, count, eq, gt, isNotNull, lte } from "drizzle-orm";
import { meetings, minutes, minutesRemarks } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { t } from "@/lib/i18n";
import { jobOrigin, type JobContext } from "@/lib/jobs/context";
import { claimEffect } from "@/lib/jobs/effects";
import { notifyUsers } from "@/lib/messaging/outbox";

export const ATTENDEE_CHECK_END_JOB = "attendee-check-end";
/** A check that ended longer ago than this (before the job existed) is not reported any more. */
const REPORT_WINDOW_MS = 7 * 24 * 60 * 60_000;

/**
 * The end of an attendee check: once its deadline passes, the officer who keeps the minutes is told
 * the check is over and how many remarks came in, once per deadline (a new check gets its own
 * notice). Attendees' access already ends at the deadline by the date itself.
 */
export async function endAttendeeChecks(ctx: JobContext): Promise<{ ended: number }> {
  const { db, now } = ctx;
  const due = await db
    .select({
      meetingId: minutes.meetingId,
      deadline: minutes.attendeeCheckDeadline,
      keeper: minutes.updatedBy,
      title: meetings.title,
      trajectoryId: meetings.trajectoryId,
    })
    .from(minutes)
    .innerJoin(meetings, eq(meetings.id, minutes.meetingId))
    .where(
      and(
        isNotNull(minutes.attendeeCheckDeadline),
        lte(minutes.attendeeCheckDeadline, now),
        gt(minutes.attendeeCheckDeadline, new Date(now.getTime() - REPORT_WINDOW_MS)),
      ),
    );
  let ended = 0;
  for (const row of due) {
    const deadline = row.deadline!;
    await db.transaction(async (tx) => {
      if (!(await claimEffect(tx, "minutes.check_ended", `${row.meetingId}:${deadline.toISOString()}`, now))) return;
      const [remarks] = await tx
        .select({ n: count() })
        .from(minutesRemarks)
        .where(and(eq(minutesRemarks.meetingId, row.meetingId), lte(minutesRemarks.createdAt, deadline)));
      const n = remarks?.n ?? 0;
      await notifyUsers(tx, [row.keeper], {
        subject: t("jobs.checkEndedSubject", { title: row.title }),
        body: t("jobs.checkEndedBody", { title: row.title, n }),
        link: `${ctx.siteUrl}/beheer/bijeenkomsten/${row.meetingId}/verslag`,
      });
      await recordAudit(
        { db: tx, actor: null, origin: jobOrigin(ATTENDEE_CHECK_END_JOB) },
        {
          action: "minutes.check_end",
          objectType: "meeting",
          objectId: row.meetingId,
          trajectoryId: row.trajectoryId,
          details: { remarks: n, deadline: deadline.toISOString() },
        },
      );
      ended++;
    });
  }
  return { ended };
}

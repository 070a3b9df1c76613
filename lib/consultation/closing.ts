import { and, gt, inArray, lte } from "drizzle-orm";
import { consultations } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { formatDateTime, t } from "@/lib/i18n";
import { jobOrigin, type JobContext } from "@/lib/jobs/context";
import { claimEffect } from "@/lib/jobs/effects";
import { notifyUsers } from "@/lib/messaging/outbox";
import { consultationParticipants } from "./participants";

export const CLOSING_JOB = "consultation-close";
/** A consultation that closed longer ago than this (before the job existed, or while it was down) gets no notice. */
const NOTICE_WINDOW_MS = 7 * 24 * 60 * 60_000;

/**
 * The scheduled closing: a published consultation whose closing moment has passed is stored as
 * closed (reads already showed it closed by the clock), and everyone who took part or was invited is
 * told once, also when an officer closed it by hand.
 */
export async function closeDueConsultations(ctx: JobContext): Promise<{ closed: number; notified: number }> {
  const { db, now } = ctx;
  const closed = await db.transaction(async (tx) => {
    const rows = await tx
      .update(consultations)
      .set({ state: "closed", updatedAt: now })
      .where(and(inArray(consultations.state, ["published", "open"]), lte(consultations.closesAt, now)))
      .returning({ id: consultations.id, trajectoryId: consultations.trajectoryId });
    for (const c of rows) {
      await recordAudit(
        { db: tx, actor: null, origin: jobOrigin(CLOSING_JOB) },
        { action: "consultation.close", objectType: "consultation", objectId: c.id, trajectoryId: c.trajectoryId },
      );
    }
    return rows;
  });
  const due = await db
    .select()
    .from(consultations)
    .where(
      and(
        inArray(consultations.state, ["closed", "feedback_published"]),
        lte(consultations.closesAt, now),
        gt(consultations.closesAt, new Date(now.getTime() - NOTICE_WINDOW_MS)),
      ),
    );
  let notified = 0;
  for (const c of due) {
    notified += await db.transaction(async (tx) => {
      if (!(await claimEffect(tx, "consultation.closed_notice", c.id, now))) return 0;
      return notifyUsers(tx, await consultationParticipants(tx, c.id), {
        subject: t("jobs.closedSubject", { title: c.title }),
        body: t("jobs.closedBody", { title: c.title, closed: formatDateTime(c.closesAt) }),
        link: `${ctx.siteUrl}/consultaties/${c.id}`,
      });
    });
  }
  return { closed: closed.length, notified };
}

import { and, eq, gt, inArray, lte } from "drizzle-orm";
import { consultationInvitations, consultationResponses, consultations } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { formatDateTime, t } from "@/lib/i18n";
import { jobOrigin, type JobContext } from "@/lib/jobs/context";
import { claimEffect } from "@/lib/jobs/effects";
import { notifyUsers, speakersFor } from "@/lib/messaging/outbox";

export const REMINDER_JOB = "consultation-reminders";
const DAY_MS = 24 * 60 * 60_000;

/** Days before closing the reminder goes out (CONSULTATION_REMINDER_DAYS, default 3; 0 switches it off). */
export function reminderDays(env: Record<string, string | undefined> = process.env): number {
  const raw = env.CONSULTATION_REMINDER_DAYS;
  const days = raw === undefined || raw === "" ? 3 : Number(raw);
  return Number.isFinite(days) && days >= 0 ? days : 3;
}

/**
 * The scheduled reminder, once per consultation: from `days` before the closing moment, every
 * invitee (organisation or person) that has not submitted a response is reminded. An invitation an
 * officer already reminded by hand that day is left alone.
 */
export async function sendDueReminders(ctx: JobContext, days = reminderDays()): Promise<{ notified: number }> {
  if (days <= 0) return { notified: 0 };
  const { db, now } = ctx;
  const due = await db
    .select()
    .from(consultations)
    .where(
      and(
        inArray(consultations.state, ["published", "open"]),
        lte(consultations.opensAt, now),
        gt(consultations.closesAt, now),
        lte(consultations.closesAt, new Date(now.getTime() + days * DAY_MS)),
      ),
    );
  let notified = 0;
  for (const c of due) {
    notified += await db.transaction(async (tx) => {
      if (!(await claimEffect(tx, "consultation.reminder", c.id, now))) return 0;
      const invited = await tx
        .select()
        .from(consultationInvitations)
        .where(eq(consultationInvitations.consultationId, c.id));
      const submitted = await tx
        .select({ providerId: consultationResponses.providerId, userId: consultationResponses.userId })
        .from(consultationResponses)
        .where(and(eq(consultationResponses.consultationId, c.id), eq(consultationResponses.status, "submitted")));
      const recentlyReminded = (i: (typeof invited)[number]) =>
        i.remindedAt !== null && now.getTime() - i.remindedAt.getTime() < DAY_MS;
      const open = invited.filter(
        (i) =>
          !recentlyReminded(i) &&
          !submitted.some(
            (s) => (i.providerId && s.providerId === i.providerId) || (i.userId && s.userId === i.userId),
          ),
      );
      if (open.length === 0) return 0;
      const recipients = [
        ...(await speakersFor(
          tx,
          open.flatMap((i) => (i.providerId ? [i.providerId] : [])),
        )),
        ...open.flatMap((i) => (i.userId ? [i.userId] : [])),
      ];
      const sent = await notifyUsers(tx, recipients, {
        subject: t("consultation.reminderSubject", { title: c.title }),
        body: t("consultation.reminderBody", { title: c.title, closes: formatDateTime(c.closesAt) }),
        link: `${ctx.siteUrl}/consultaties/${c.id}`,
      });
      await tx
        .update(consultationInvitations)
        .set({ remindedAt: now })
        .where(
          inArray(
            consultationInvitations.id,
            open.map((i) => i.id),
          ),
        );
      await recordAudit(
        { db: tx, actor: null, origin: jobOrigin(REMINDER_JOB) },
        {
          action: "consultation.remind",
          objectType: "consultation",
          objectId: c.id,
          trajectoryId: c.trajectoryId,
          details: { invitations: open.length, notified: sent, scheduled: true },
        },
      );
      return sent;
    });
  }
  return { notified };
}

import { and, eq, isNull, lte } from "drizzle-orm";
import { consultationTables, tableExclusions } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { formatDate, t } from "@/lib/i18n";
import { jobOrigin, type JobContext } from "@/lib/jobs/context";
import { notifyUsers, speakersFor } from "@/lib/messaging/outbox";
import { amsterdamDay } from "@/lib/time/amsterdam";
import { addDays } from "@/lib/time/calendar-day";

export const EXCLUSION_EXPIRY_JOB = "exclusion-expiry";

/**
 * The scheduled end of an exclusion: from its date (Dutch calendar day) it is stored as expired and
 * the provider is told it may be seated again. Proposals already read the date (`effectiveEnd`), so
 * nothing waits for this job; an exclusion lifted early was told so when it was lifted.
 */
export async function expireExclusions(ctx: JobContext): Promise<{ expired: number; notified: number }> {
  const { db, now } = ctx;
  const today = amsterdamDay(now);
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(tableExclusions)
      .set({ expiredAt: now })
      .where(
        and(isNull(tableExclusions.expiredAt), isNull(tableExclusions.liftedAt), lte(tableExclusions.until, today)),
      )
      .returning();
    let notified = 0;
    // An exclusion that ran out more than a week ago (before this job existed) is recorded without a notice.
    const noticeFrom = addDays(today, -7);
    for (const e of rows) {
      const [table] = await tx
        .select({ title: consultationTables.title, trajectoryId: consultationTables.trajectoryId })
        .from(consultationTables)
        .where(eq(consultationTables.id, e.tableId));
      if (!table) continue;
      if (e.until >= noticeFrom)
        notified += await notifyUsers(tx, await speakersFor(tx, [e.providerId]), {
          subject: t("jobs.exclusionEndedSubject", { title: table.title }),
          body: t("jobs.exclusionEndedBody", { title: table.title, until: formatDate(e.until) }),
          link: `${ctx.siteUrl}/overlegtafels`,
        });
      await recordAudit(
        { db: tx, actor: null, origin: jobOrigin(EXCLUSION_EXPIRY_JOB) },
        {
          action: "overlegtafel.exclusion_expire",
          objectType: "table_exclusion",
          objectId: e.id,
          trajectoryId: table.trajectoryId,
          details: { tableId: e.tableId, providerId: e.providerId, until: e.until },
        },
      );
    }
    return { expired: rows.length, notified };
  });
}

import { TZDate } from "@date-fns/tz";
import { and, asc, eq, inArray, isNull, lte } from "drizzle-orm";
import { notifications, outbox, users } from "@/db/schema";
import { t } from "@/lib/i18n";
import type { JobContext } from "@/lib/jobs/context";
import { claimEffect } from "@/lib/jobs/effects";
import { amsterdamDay, ZONE } from "@/lib/time/amsterdam";

export const DIGEST_JOB = "notification-digest";

/** From this hour (Dutch time) the day's digest goes out; `DIGEST_HOUR` (0–23) sets it, default 7. */
export function digestHour(env: Record<string, string | undefined> = process.env): number {
  const raw = env.DIGEST_HOUR;
  const n = Number(raw);
  return raw !== undefined && raw !== "" && Number.isInteger(n) && n >= 0 && n <= 23 ? n : 7;
}

type Item = { title: string; body: string; link: string | null; createdAt: Date };

/** The digest's text: one block per notification, oldest first, and where to change the choice. */
export function digestBody(items: Item[], site: string): string {
  const blocks = items.map((n) => [`• ${n.title}`, `  ${n.body}`, ...(n.link ? [`  ${n.link}`] : [])].join("\n"));
  return [t("notify.digestIntro"), ...blocks, t("notify.digestAccount", { link: `${site}/account#meldingen` })].join(
    "\n\n",
  );
}

/**
 * The daily digest: once per person per Dutch calendar day, from `DIGEST_HOUR` on, one e-mail with every
 * notification the person chose to get in the digest and that no digest carried yet. Idempotent: the
 * day's effect is claimed in the transaction that writes the e-mail and marks what it carried, so a
 * repeated or concurrent run sends nothing twice, and a late run (the portal was down) catches up.
 */
export async function sendDailyDigests(ctx: JobContext, hour = digestHour()): Promise<{ sent: number }> {
  const { db, now } = ctx;
  if (new TZDate(now.getTime(), ZONE).getHours() < hour) return { sent: 0 };
  const day = amsterdamDay(now);
  const waiting = await db
    .selectDistinct({ userId: notifications.userId })
    .from(notifications)
    .where(
      and(eq(notifications.delivery, "digest"), isNull(notifications.digestedAt), lte(notifications.createdAt, now)),
    );
  let sent = 0;
  for (const { userId } of waiting) {
    sent += await db.transaction(async (tx) => {
      const [person] = await tx
        .select({ email: users.email })
        .from(users)
        .where(and(eq(users.id, userId), eq(users.disabled, false)));
      if (!person) return 0;
      if (!(await claimEffect(tx, "notification.digest", `${userId}:${day}`, now))) return 0;
      const items = await tx
        .select()
        .from(notifications)
        .where(
          and(
            eq(notifications.userId, userId),
            eq(notifications.delivery, "digest"),
            isNull(notifications.digestedAt),
            lte(notifications.createdAt, now),
          ),
        )
        .orderBy(asc(notifications.createdAt))
        .for("update");
      if (items.length === 0) return 0;
      await tx.insert(outbox).values({
        recipient: person.email,
        subject: t("notify.digestSubject", { count: items.length }),
        body: digestBody(items, ctx.siteUrl),
      });
      await tx
        .update(notifications)
        .set({ digestedAt: now })
        .where(
          inArray(
            notifications.id,
            items.map((n) => n.id),
          ),
        );
      return 1;
    });
  }
  return { sent };
}

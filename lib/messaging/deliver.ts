import { and, asc, eq, isNull, lt, lte } from "drizzle-orm";
import { outbox } from "@/db/schema";
import type { Executor } from "@/db/connection";

export const MAX_ATTEMPTS = 8;

/** What the worker needs of a mail transport; nodemailer's transporter fits, and so does a test fake. */
export type MailTransport = {
  sendMail: (mail: { from: string; to: string; subject: string; text: string }) => Promise<unknown>;
};

/** Wait before retry n: 1, 2, 4 … minutes, at most a day. */
export const retryDelayMs = (attempts: number) => Math.min(2 ** Math.max(0, attempts - 1) * 60_000, 86_400_000);

/**
 * Delivers due messages from the outbox. Each message is claimed inside a transaction with
 * SKIP LOCKED, so two workers never send the same mail; a failure schedules a retry.
 */
export async function deliverPending(
  db: Executor,
  transport: MailTransport,
  from: string,
  now = new Date(),
  batch = 25,
): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (let i = 0; i < batch; i++) {
    const done = await db.transaction(async (tx) => {
      const [message] = await tx
        .select()
        .from(outbox)
        .where(and(isNull(outbox.sentAt), lte(outbox.nextAttemptAt, now), lt(outbox.attempts, MAX_ATTEMPTS)))
        .orderBy(asc(outbox.createdAt))
        .limit(1)
        .for("update", { skipLocked: true });
      if (!message) return null;
      try {
        await transport.sendMail({ from, to: message.recipient, subject: message.subject, text: message.body });
        await tx
          .update(outbox)
          .set({ sentAt: now, attempts: message.attempts + 1, lastError: null })
          .where(eq(outbox.id, message.id));
        return "sent";
      } catch (error) {
        const attempts = message.attempts + 1;
        await tx
          .update(outbox)
          .set({
            attempts,
            nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)),
            lastError: error instanceof Error ? error.message.slice(0, 500) : "onbekende fout",
          })
          .where(eq(outbox.id, message.id));
        return "failed";
      }
    });
    if (!done) break;
    if (done === "sent") sent++;
    else failed++;
  }
  return { sent, failed };
}

import { and, asc, eq, inArray, lte, or, sql } from "drizzle-orm";
import { outbox } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { afterFailure, messageIdFor } from "./delivery-state";

export { MAX_ATTEMPTS, retryDelayMs } from "./delivery-state";

/** What delivery needs of a mail transport; nodemailer's transporter fits, and so does a test fake. */
export type MailTransport = {
  sendMail: (mail: { from: string; to: string; subject: string; text: string; messageId: string }) => Promise<unknown>;
};

export type DeliveryOptions = {
  now?: () => Date;
  /** Messages claimed per round trip. */
  batch?: number;
  /** Stop after this many messages (one job run should not go on for ever). */
  limit?: number;
  /** How long a claim holds; longer than the mail transport's own timeouts. */
  claimMs?: number;
};

export const DEFAULT_CLAIM_MS = 5 * 60_000;

type Claimed = typeof outbox.$inferSelect;

/**
 * Claims up to `batch` due messages in one statement: pending ones whose time has come and
 * `sending` ones whose claim has expired. SKIP LOCKED lets two workers claim side by side; the
 * statement commits on its own, so the row locks end before any mail is sent.
 */
export async function claimDue(db: Executor, now: Date, batch: number, claimMs: number): Promise<Claimed[]> {
  const due = db
    .select({ id: outbox.id })
    .from(outbox)
    .where(
      or(
        and(eq(outbox.status, "pending"), lte(outbox.nextAttemptAt, now)),
        and(eq(outbox.status, "sending"), lte(outbox.claimExpiresAt, now)),
      ),
    )
    .orderBy(asc(outbox.createdAt))
    .limit(batch)
    .for("update", { skipLocked: true });
  return db
    .update(outbox)
    .set({
      status: "sending",
      attempts: sql`${outbox.attempts} + 1`,
      claimExpiresAt: new Date(now.getTime() + claimMs),
    })
    .where(inArray(outbox.id, due))
    .returning();
}

/**
 * Records the outcome of one attempt. Only a row still claimed by this attempt is changed: if the
 * claim expired and another worker took the message over, that worker records its own outcome.
 */
type Outcome = { ok: true } | { ok: false; error: unknown };

async function recordOutcome(db: Executor, m: Claimed, now: Date, outcome: Outcome): Promise<void> {
  const mine = and(eq(outbox.id, m.id), eq(outbox.status, "sending"), eq(outbox.attempts, m.attempts));
  if (outcome.ok) {
    await db.update(outbox).set({ status: "sent", sentAt: now, lastError: null, claimExpiresAt: null }).where(mine);
    return;
  }
  const next = afterFailure(m.attempts, now);
  const lastError = outcome.error instanceof Error ? outcome.error.message.slice(0, 500) : "onbekende fout";
  await db
    .update(outbox)
    .set({ ...next, lastError, claimExpiresAt: null })
    .where(mine);
}

/** Writing the outcome is retried: the database may be back a moment after the mail went out. */
async function recordWithRetry(db: Executor, m: Claimed, now: Date, outcome: Outcome): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await recordOutcome(db, m, now, outcome);
      return;
    } catch (failure) {
      // After this the claim expires and the message goes out again, with the same Message-ID.
      if (attempt >= 4) throw failure;
      await new Promise((resolve) => setTimeout(resolve, 250 * 2 ** attempt));
    }
  }
}

/**
 * Gives a claimed message back untouched (not counted as an attempt) when too little of its claim is
 * left to send it: after a slow mail server, sending it now could overlap another worker's resend.
 */
async function release(db: Executor, m: Claimed): Promise<void> {
  await db
    .update(outbox)
    .set({ status: "pending", attempts: sql`${outbox.attempts} - 1`, claimExpiresAt: null })
    .where(and(eq(outbox.id, m.id), eq(outbox.status, "sending"), eq(outbox.attempts, m.attempts)));
}

/** Delivers due messages: claim (committed) → send → mark sent, or schedule a retry / dead-letter. */
export async function deliverDue(
  db: Executor,
  transport: MailTransport,
  from: string,
  options: DeliveryOptions = {},
): Promise<{ sent: number; failed: number }> {
  const now = options.now ?? (() => new Date());
  const batch = options.batch ?? 10;
  const limit = options.limit ?? 500;
  const claimMs = options.claimMs ?? DEFAULT_CLAIM_MS;
  let sent = 0;
  let failed = 0;
  while (sent + failed < limit) {
    const claimed = await claimDue(db, now(), Math.min(batch, limit - sent - failed), claimMs);
    if (claimed.length === 0) break;
    // A send may take up to a minute and a half (smtp.ts): start none with less of its claim left than that.
    const margin = Math.min(90_000, claimMs / 3);
    for (const m of claimed) {
      if (now().getTime() >= m.claimExpiresAt!.getTime() - margin) {
        await release(db, m);
        continue;
      }
      let outcome: Outcome = { ok: true };
      try {
        await transport.sendMail({
          from,
          to: m.recipient,
          subject: m.subject,
          text: m.body,
          messageId: messageIdFor(m.id, from),
        });
      } catch (error) {
        outcome = { ok: false, error };
      }
      await recordWithRetry(db, m, now(), outcome);
      if (outcome.ok) sent++;
      else failed++;
    }
  }
  return { sent, failed };
}

/** An administrator sends dead messages again: they start over with a fresh set of attempts. */
export async function retryDeadMessages(db: Executor, ids: string[], now = new Date()): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await db
    .update(outbox)
    .set({ status: "pending", attempts: 0, nextAttemptAt: now, deadAt: null })
    .where(and(inArray(outbox.id, ids), eq(outbox.status, "dead")))
    .returning({ id: outbox.id });
  return rows.length;
}

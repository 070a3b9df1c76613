import { and, eq, isNull } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "./actor";
import { issueToken, peekToken, useToken, type TokenUse } from "./account-tokens";
import { queueMail, verificationMail } from "./mail";
import { claimAttempt, type ThrottleKey } from "./throttle";

const verifyMailKey = (email: string): ThrottleKey => ({
  key: `verify-mail:${email}`,
  policy: { freeFailures: 3, baseDelaySeconds: 15 * 60, maxDelaySeconds: 15 * 60, resetAfterSeconds: 3600 },
});

/** Sends (again) the link that confirms the address; inside the caller's transaction. */
export async function sendVerification(db: Executor, user: { id: string; email: string }, siteUrl: string) {
  const token = await issueToken(db, user.id, "email_verification");
  await queueMail(db, user.email, verificationMail(siteUrl, token));
}

/** "Send the link again": the same answer whether or not the address has an unverified account. */
export async function resendVerification(
  db: Executor,
  input: { email: string; origin: string; siteUrl: string },
  now = new Date(),
): Promise<void> {
  const email = input.email.trim().toLowerCase();
  const [user] = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(and(eq(users.email, email), isNull(users.emailVerifiedAt), eq(users.disabled, false)));
  const allowed = user ? await claimAttempt(db, [verifyMailKey(email)], now) : false;
  await db.transaction(async (tx) => {
    if (user && allowed) await sendVerification(tx, user, input.siteUrl);
    await recordAudit(
      { db: tx, actor: null, origin: input.origin },
      {
        action: "auth.verification_resend",
        objectType: "user",
        objectId: user?.id ?? null,
        result: user && allowed ? "success" : "denied",
        details: { email },
      },
    );
  });
}

export type VerificationOutcome = TokenUse | { ok: false; reason: "other_account" };

/**
 * Confirms the address behind a verification link. Someone signed in as another person is refused
 * (the link is for a different account), so nobody confirms an address in the wrong browser by mistake.
 */
export async function verifyEmail(
  db: Executor,
  input: { token: string; actor: Actor | null; origin: string },
  now = new Date(),
): Promise<VerificationOutcome> {
  const peek = await peekToken(db, input.token, "email_verification", now);
  const outcome: VerificationOutcome =
    peek.ok && input.actor && input.actor.id !== peek.userId
      ? { ok: false, reason: "other_account" }
      : await db.transaction(async (tx) => {
          const use = await useToken(tx, input.token, "email_verification", now);
          if (!use.ok) return use;
          await tx.update(users).set({ emailVerifiedAt: now }).where(eq(users.id, use.userId));
          await recordAudit(
            { db: tx, actor: input.actor, origin: input.origin },
            { action: "auth.email_verified", objectType: "user", objectId: use.userId },
          );
          return use;
        });
  if (!outcome.ok) {
    await recordAudit(
      { db, actor: input.actor, origin: input.origin },
      {
        action: "auth.email_verified",
        objectType: "user",
        objectId: peek.ok ? peek.userId : null,
        result: "denied",
        details: { reason: outcome.reason },
      },
    );
  }
  return outcome;
}

import { and, eq } from "drizzle-orm";
import { users, userSessions } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { recordAudit } from "@/lib/audit/record";
import { DomainRuleError } from "@/lib/errors";
import { t } from "@/lib/i18n";
import { issueToken, useToken, voidTokens } from "./account-tokens";
import { passwordChangedMail, passwordResetMail, queueMail } from "./mail";
import { hashPassword } from "./passwords";
import { accountKey, claimAttempt, settleSuccess, type ThrottleKey } from "./throttle";

/** A mailbox should not be flooded with reset links: a few in a row, then one per quarter of an hour. */
const resetMailKey = (email: string): ThrottleKey => ({
  key: `reset-mail:${email}`,
  policy: { freeFailures: 3, baseDelaySeconds: 15 * 60, maxDelaySeconds: 15 * 60, resetAfterSeconds: 3600 },
});

/**
 * "Forgot password": mails a link when the address belongs to an active account, and otherwise does
 * nothing; the caller shows the same answer either way, so the form tells nobody who has an account.
 */
export async function requestPasswordReset(
  db: Executor,
  input: { email: string; origin: string; siteUrl: string },
  now = new Date(),
): Promise<void> {
  const email = input.email.trim().toLowerCase();
  const [user] = await db.select({ id: users.id, disabled: users.disabled }).from(users).where(eq(users.email, email));
  const allowed = user && !user.disabled && (await claimAttempt(db, [resetMailKey(email)], now));
  await db.transaction(async (tx) => {
    if (user && allowed) {
      const token = await issueToken(tx, user.id, "password_reset", now);
      await queueMail(tx, email, passwordResetMail(input.siteUrl, token));
    }
    await recordAudit(
      { db: tx, actor: null, origin: input.origin },
      {
        action: "auth.password_reset_request",
        objectType: "user",
        objectId: user?.id ?? null,
        result: user && allowed ? "success" : "denied",
        details: { email, ...(user ? (allowed ? {} : { reason: user.disabled ? "disabled" : "throttled" }) : {}) },
      },
    );
  });
}

export const TOKEN_MESSAGES = {
  unknown: "errors.tokenUnknown",
  expired: "errors.tokenExpired",
  used: "errors.tokenUsed",
} as const;

/**
 * Sets a new password from a reset link: the token is used once, every session of the account ends
 * (whoever was signed in with the old password is out), the address counts as verified (the link
 * reached it) and the account's sign-in delay starts over. A refusal is audited without the token.
 */
export async function resetPassword(
  db: Executor,
  input: { token: string; password: string; origin: string },
  now = new Date(),
): Promise<{ userId: string }> {
  const passwordHash = await hashPassword(input.password);
  const outcome = await db.transaction(async (tx) => {
    const use = await useToken(tx, input.token, "password_reset", now);
    if (!use.ok) return use;
    const [user] = await tx
      .update(users)
      .set({ passwordHash })
      .where(and(eq(users.id, use.userId), eq(users.disabled, false)))
      .returning({ id: users.id, email: users.email, emailVerifiedAt: users.emailVerifiedAt });
    if (!user) return { ok: false as const, reason: "unknown" as const };
    if (!user.emailVerifiedAt) await tx.update(users).set({ emailVerifiedAt: now }).where(eq(users.id, user.id));
    await tx.delete(userSessions).where(eq(userSessions.userId, user.id));
    await voidTokens(tx, user.id, "password_reset", now);
    await settleSuccess(tx, [accountKey(user.email)], []);
    await queueMail(tx, user.email, passwordChangedMail());
    await recordAudit(
      { db: tx, actor: null, origin: input.origin },
      { action: "auth.password_reset", objectType: "user", objectId: user.id, details: { sessionsEnded: true } },
    );
    return { ok: true as const, userId: user.id };
  });
  if (outcome.ok) return { userId: outcome.userId };
  await recordAudit(
    { db, actor: null, origin: input.origin },
    { action: "auth.password_reset", objectType: "user", result: "denied", details: { reason: outcome.reason } },
  );
  throw new DomainRuleError(t(TOKEN_MESSAGES[outcome.reason]), "token");
}

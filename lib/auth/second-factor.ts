import { and, eq, isNotNull, isNull, lt, or } from "drizzle-orm";
import { recoveryCodes, userTotp } from "@/db/schema";
import type { Executor } from "@/db/connection";
import type { Role } from "./roles";
import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCodes } from "./recovery-codes";
import { claimAttempt, settleSuccess, totpKey } from "./throttle";
import { matchTotpStep, newTotpSecret } from "./totp";

/** Officers read unredacted minutes and administrators manage every account: a password alone is not enough. */
export const SECOND_FACTOR_MANDATORY: readonly Role[] = ["officer", "admin"];
export const secondFactorMandatory = (role: Role): boolean => SECOND_FACTOR_MANDATORY.includes(role);

export async function hasSecondFactor(db: Executor, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: userTotp.userId })
    .from(userTotp)
    .where(and(eq(userTotp.userId, userId), isNotNull(userTotp.confirmedAt)));
  return Boolean(row);
}

export async function remainingRecoveryCodes(db: Executor, userId: string): Promise<number> {
  const rows = await db
    .select({ id: recoveryCodes.id })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return rows.length;
}

/**
 * The secret being enrolled: the pending one if enrolment was started before (so reloading the page
 * keeps the QR code the app may have scanned), else a new one. Null when a factor is already active.
 */
export async function pendingTotpSecret(db: Executor, userId: string): Promise<string | null> {
  const [row] = await db.select().from(userTotp).where(eq(userTotp.userId, userId));
  if (row?.confirmedAt) return null;
  if (row) return row.secret;
  const secret = newTotpSecret();
  const [inserted] = await db
    .insert(userTotp)
    .values({ userId, secret })
    .onConflictDoNothing()
    .returning({ secret: userTotp.secret });
  return inserted ? inserted.secret : pendingTotpSecret(db, userId);
}

async function replaceRecoveryCodes(db: Executor, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await db.insert(recoveryCodes).values(codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })));
  return codes;
}

/**
 * Activates the pending secret once the app shows a correct code, and hands out fresh recovery codes
 * (only their hashes are kept). Null for a wrong code; run it inside the caller's transaction.
 */
export async function confirmEnrolment(
  db: Executor,
  userId: string,
  code: string,
  now = new Date(),
): Promise<string[] | null> {
  const [row] = await db
    .select()
    .from(userTotp)
    .where(and(eq(userTotp.userId, userId), isNull(userTotp.confirmedAt)));
  const step = row ? matchTotpStep(row.secret, code, now) : null;
  if (!row || step === null) return null;
  const [confirmed] = await db
    .update(userTotp)
    .set({ confirmedAt: now, lastUsedStep: step })
    .where(and(eq(userTotp.userId, userId), isNull(userTotp.confirmedAt)))
    .returning({ userId: userTotp.userId });
  if (!confirmed) return null;
  return replaceRecoveryCodes(db, userId);
}

export type SecondFactorCheck =
  { ok: true; method: "totp" | "recovery_code" } | { ok: false; reason: "wrong" | "waiting" };

/**
 * A code from the app (each 30-second step once) or an unused recovery code (once, ever). Both uses
 * are single conditional updates, so two parallel requests cannot use the same code. Guesses are
 * throttled per account like passwords.
 */
export async function verifySecondFactor(
  db: Executor,
  userId: string,
  code: string,
  now = new Date(),
): Promise<SecondFactorCheck> {
  const key = totpKey(userId);
  if (!(await claimAttempt(db, [key], now))) return { ok: false, reason: "waiting" };
  let method: "totp" | "recovery_code" | null = null;
  if (looksLikeRecoveryCode(code)) {
    const [used] = await db
      .update(recoveryCodes)
      .set({ usedAt: now })
      .where(
        and(
          eq(recoveryCodes.userId, userId),
          eq(recoveryCodes.codeHash, hashRecoveryCode(code)),
          isNull(recoveryCodes.usedAt),
        ),
      )
      .returning({ id: recoveryCodes.id });
    if (used) method = "recovery_code";
  } else {
    const [row] = await db
      .select({ secret: userTotp.secret })
      .from(userTotp)
      .where(and(eq(userTotp.userId, userId), isNotNull(userTotp.confirmedAt)));
    const step = row ? matchTotpStep(row.secret, code, now) : null;
    if (step !== null) {
      const [accepted] = await db
        .update(userTotp)
        .set({ lastUsedStep: step })
        .where(
          and(
            eq(userTotp.userId, userId),
            isNotNull(userTotp.confirmedAt),
            or(isNull(userTotp.lastUsedStep), lt(userTotp.lastUsedStep, step)),
          ),
        )
        .returning({ userId: userTotp.userId });
      if (accepted) method = "totp";
    }
  }
  if (!method) return { ok: false, reason: "wrong" };
  await settleSuccess(db, [key], []);
  return { ok: true, method };
}

/** New recovery codes for an active factor; the old ones stop working. */
export async function regenerateRecoveryCodes(db: Executor, userId: string): Promise<string[]> {
  if (!(await hasSecondFactor(db, userId))) return [];
  return replaceRecoveryCodes(db, userId);
}

/** Removes the factor and its recovery codes; an officer or administrator enrols again at the next sign-in. */
export async function removeSecondFactor(db: Executor, userId: string): Promise<boolean> {
  const removed = await db.delete(userTotp).where(eq(userTotp.userId, userId)).returning({ userId: userTotp.userId });
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  return removed.length > 0;
}

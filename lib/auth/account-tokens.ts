import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import { accountTokens } from "@/db/schema";
import type { Executor } from "@/db/connection";

export type TokenPurpose = "password_reset" | "email_verification";

/** How long a link in an e-mail works. */
export const TOKEN_MINUTES: Record<TokenPurpose, number> = { password_reset: 30, email_verification: 7 * 24 * 60 };

const digest = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * A new single-use token for a person and purpose. Older unused tokens for the same purpose stop
 * working: only the latest e-mail's link counts. Returns the token itself, which is never stored.
 */
export async function issueToken(
  db: Executor,
  userId: string,
  purpose: TokenPurpose,
  now = new Date(),
): Promise<string> {
  await voidTokens(db, userId, purpose, now);
  const token = randomBytes(32).toString("base64url");
  await db.insert(accountTokens).values({
    userId,
    purpose,
    tokenHash: digest(token),
    createdAt: now,
    expiresAt: new Date(now.getTime() + TOKEN_MINUTES[purpose] * 60_000),
  });
  return token;
}

export type TokenUse = { ok: true; userId: string } | { ok: false; reason: "unknown" | "expired" | "used" };

/**
 * Uses a token: one conditional update, so of two parallel requests with the same link only one
 * succeeds. A refusal says why, for a message the person can act on.
 */
export async function useToken(
  db: Executor,
  token: string,
  purpose: TokenPurpose,
  now = new Date(),
): Promise<TokenUse> {
  const hash = digest(token);
  const [used] = await db
    .update(accountTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(accountTokens.tokenHash, hash),
        eq(accountTokens.purpose, purpose),
        isNull(accountTokens.usedAt),
        gt(accountTokens.expiresAt, now),
      ),
    )
    .returning({ userId: accountTokens.userId });
  if (used) return { ok: true, userId: used.userId };
  return { ok: false, reason: await refusal(db, hash, purpose) };
}

/** Who a still-usable token belongs to, without using it (to show the right form). */
export async function peekToken(
  db: Executor,
  token: string,
  purpose: TokenPurpose,
  now = new Date(),
): Promise<TokenUse> {
  const hash = digest(token);
  const [row] = await db
    .select({ userId: accountTokens.userId })
    .from(accountTokens)
    .where(
      and(
        eq(accountTokens.tokenHash, hash),
        eq(accountTokens.purpose, purpose),
        isNull(accountTokens.usedAt),
        gt(accountTokens.expiresAt, now),
      ),
    );
  if (row) return { ok: true, userId: row.userId };
  return { ok: false, reason: await refusal(db, hash, purpose) };
}

async function refusal(db: Executor, hash: string, purpose: TokenPurpose): Promise<"unknown" | "expired" | "used"> {
  const [row] = await db
    .select({ usedAt: accountTokens.usedAt })
    .from(accountTokens)
    .where(and(eq(accountTokens.tokenHash, hash), eq(accountTokens.purpose, purpose)));
  if (!row) return "unknown";
  return row.usedAt ? "used" : "expired";
}

/**
 * Ends every outstanding link of that kind (a newer one was sent, or a reset succeeded). They are
 * kept as expired rather than deleted, so opening one says "expired or replaced", not "unknown".
 */
export async function voidTokens(db: Executor, userId: string, purpose: TokenPurpose, now = new Date()): Promise<void> {
  await db
    .update(accountTokens)
    .set({ expiresAt: now })
    .where(
      and(
        eq(accountTokens.userId, userId),
        eq(accountTokens.purpose, purpose),
        isNull(accountTokens.usedAt),
        gt(accountTokens.expiresAt, now),
      ),
    );
}

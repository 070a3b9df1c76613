import { and, count, eq, gte, inArray, lt } from "drizzle-orm";
import { loginAttempts } from "@/db/schema";
import type { Executor } from "@/db/connection";

/** Failures allowed in the window before sign-in is refused, per account and per client address. */
export const LOGIN_LIMITS = { windowMinutes: 15, perAccount: 5, perAddress: 30 } as const;

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
export const addressKey = (address: string) => `address:${address}`;

export function isLockedOut(failures: { account: number; address: number }): boolean {
  return failures.account >= LOGIN_LIMITS.perAccount || failures.address >= LOGIN_LIMITS.perAddress;
}

async function failuresSince(db: Executor, key: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.key, key), gte(loginAttempts.at, since)));
  return row?.n ?? 0;
}

export async function checkLoginAllowed(
  db: Executor,
  email: string,
  address: string,
  now = new Date(),
): Promise<boolean> {
  const since = new Date(now.getTime() - LOGIN_LIMITS.windowMinutes * 60_000);
  const [account, addressCount] = await Promise.all([
    failuresSince(db, accountKey(email), since),
    failuresSince(db, addressKey(address), since),
  ]);
  return !isLockedOut({ account, address: addressCount });
}

export async function recordLoginFailure(
  db: Executor,
  email: string,
  address: string,
  now = new Date(),
): Promise<void> {
  await db.insert(loginAttempts).values([
    { key: accountKey(email), at: now },
    { key: addressKey(address), at: now },
  ]);
  // Old rows carry no information any more; dropping them keeps the table small.
  await db.delete(loginAttempts).where(lt(loginAttempts.at, new Date(now.getTime() - 24 * 3600_000)));
}

/** A successful sign-in clears the account's counter, not the address's. */
export async function clearAccountFailures(db: Executor, email: string): Promise<void> {
  await db.delete(loginAttempts).where(inArray(loginAttempts.key, [accountKey(email)]));
}

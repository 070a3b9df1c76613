import { sql } from "drizzle-orm";
import type { Executor } from "@/db/connection";

/**
 * How many consecutive failures a key may have before each next attempt waits, and how long:
 * the wait doubles per failure from `baseDelaySeconds` up to `maxDelaySeconds`. A delay instead
 * of a hard lock: someone guessing for an account cannot keep its owner out for long.
 */
export type ThrottlePolicy = {
  freeFailures: number;
  baseDelaySeconds: number;
  maxDelaySeconds: number;
  /** After this long without an attempt the count starts over. */
  resetAfterSeconds: number;
};

export const THROTTLE_POLICIES = {
  account: { freeFailures: 5, baseDelaySeconds: 30, maxDelaySeconds: 15 * 60, resetAfterSeconds: 24 * 3600 },
  address: { freeFailures: 50, baseDelaySeconds: 60, maxDelaySeconds: 60 * 60, resetAfterSeconds: 3600 },
  totp: { freeFailures: 5, baseDelaySeconds: 30, maxDelaySeconds: 15 * 60, resetAfterSeconds: 24 * 3600 },
} as const satisfies Record<string, ThrottlePolicy>;

export type ThrottleKey = { key: string; policy: ThrottlePolicy };

export const accountKey = (email: string): ThrottleKey => ({
  key: `account:${email.trim().toLowerCase()}`,
  policy: THROTTLE_POLICIES.account,
});
export const addressKey = (address: string): ThrottleKey => ({
  key: `address:${address}`,
  policy: THROTTLE_POLICIES.address,
});
export const totpKey = (userId: string): ThrottleKey => ({ key: `totp:${userId}`, policy: THROTTLE_POLICIES.totp });

/** The wait after `failures` consecutive failures, in seconds (pure, mirrored by the SQL below). */
export function delaySeconds(policy: ThrottlePolicy, failures: number): number {
  if (failures < policy.freeFailures) return 0;
  return Math.min(policy.maxDelaySeconds, policy.baseDelaySeconds * 2 ** Math.min(failures - policy.freeFailures, 30));
}

/**
 * One atomic step per attempt, before any password is checked: every key whose wait is over counts
 * the attempt as a failure in advance and sets its next wait; a key still waiting counts nothing.
 * The attempt may go ahead only when no key is waiting. Parallel attempts queue on the rows' locks,
 * so a burst cannot check more passwords than the policy allows. `settleSuccess` takes the advance
 * back when the attempt succeeds.
 */
export async function claimAttempt(db: Executor, keys: ThrottleKey[], now = new Date()): Promise<boolean> {
  if (keys.length === 0) return true;
  const at = now.toISOString();
  const rows = sql.join(
    keys.map(
      ({ key, policy: p }) =>
        sql`(${key}, 1, ${at}::timestamptz, ${at}::timestamptz + make_interval(secs => ${delaySeconds(p, 1)}), true,
          ${p.freeFailures}::int, ${p.baseDelaySeconds}::int, ${p.maxDelaySeconds}::int, ${p.resetAfterSeconds}::int)`,
    ),
    sql`, `,
  );
  const t = sql.raw(`"auth_throttle"`);
  const waiting = sql`${t}.next_allowed_at > ${at}::timestamptz`;
  const quiet = sql`${t}.last_attempt_at < ${at}::timestamptz - make_interval(secs => ${t}.reset_after_seconds)`;
  const count = sql`CASE WHEN ${quiet} THEN 1 ELSE ${t}.failures + 1 END`;
  const delay = sql`CASE WHEN (${count}) < ${t}.free_failures THEN 0
    ELSE least(${t}.max_delay_seconds, ${t}.base_delay_seconds * power(2, least((${count}) - ${t}.free_failures, 30)))
    END`;
  const result = await db.execute<{ allowed: boolean }>(sql`
    INSERT INTO ${t} (key, failures, last_attempt_at, next_allowed_at, allowed,
      free_failures, base_delay_seconds, max_delay_seconds, reset_after_seconds)
    VALUES ${rows}
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN ${waiting} THEN ${t}.failures ELSE ${count} END,
      next_allowed_at = CASE WHEN ${waiting} THEN ${t}.next_allowed_at
        ELSE ${at}::timestamptz + make_interval(secs => ${delay}) END,
      last_attempt_at = CASE WHEN ${waiting} THEN ${t}.last_attempt_at ELSE ${at}::timestamptz END,
      allowed = NOT (${waiting}),
      free_failures = excluded.free_failures,
      base_delay_seconds = excluded.base_delay_seconds,
      max_delay_seconds = excluded.max_delay_seconds,
      reset_after_seconds = excluded.reset_after_seconds
    RETURNING allowed`);
  const answers = rowsOf<{ allowed: boolean }>(result);
  return answers.length === keys.length && answers.every((r) => r.allowed);
}

/**
 * A successful attempt: the account-like keys start over (consecutive failures end at a success),
 * the others only get the advance back, so one's own sign-in does not wipe an address's record.
 */
export async function settleSuccess(db: Executor, reset: ThrottleKey[], refund: ThrottleKey[]): Promise<void> {
  if (reset.length > 0)
    await db.execute(
      sql`DELETE FROM "auth_throttle" WHERE key IN (${sql.join(
        reset.map((k) => sql`${k.key}`),
        sql`, `,
      )})`,
    );
  if (refund.length > 0)
    await db.execute(sql`UPDATE "auth_throttle" SET failures = greatest(failures - 1, 0)
      WHERE key IN (${sql.join(
        refund.map((k) => sql`${k.key}`),
        sql`, `,
      )})`);
}

/** postgres.js answers with an array, PGlite with `{ rows }`. */
function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return (result as { rows?: T[] }).rows ?? [];
}

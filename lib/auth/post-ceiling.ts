import { sql } from "drizzle-orm";
import type { Executor } from "@/db/connection";

/**
 * Posts a client address may send per minute, to everything that changes state (forms, sign-in,
 * uploads). Generous on purpose: a person never reaches it, a script flooding the portal does.
 */
export function postLimitPerMinute(env: Record<string, string | undefined> = process.env): number {
  const configured = Number(env.POST_LIMIT_PER_MINUTE);
  return Number.isInteger(configured) && configured > 0 ? configured : 300;
}

/** One upsert per post: counts it in the address's current minute and answers whether it is within the limit. */
export async function withinPostCeiling(db: Executor, address: string, limit: number, now = new Date()) {
  const windowStart = new Date(Math.floor(now.getTime() / 60_000) * 60_000).toISOString();
  const result = await db.execute<{ count: number }>(sql`
    INSERT INTO "post_budget" (address, window_start, count) VALUES (${address}, ${windowStart}::timestamptz, 1)
    ON CONFLICT (address) DO UPDATE SET
      count = CASE WHEN "post_budget".window_start = excluded.window_start THEN "post_budget".count + 1 ELSE 1 END,
      window_start = excluded.window_start
    RETURNING count`);
  const rows = Array.isArray(result)
    ? (result as { count: number }[])
    : ((result as { rows?: { count: number }[] }).rows ?? []);
  return Number(rows[0]?.count ?? 0) <= limit;
}

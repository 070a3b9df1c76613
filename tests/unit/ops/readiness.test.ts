import { describe, expect, it } from "vitest";
import { backoffDelay, retryWithBackoff } from "@/lib/ops/backoff";
import { assessReadiness } from "@/lib/ops/readiness";

const now = new Date("2026-12-01T08:00:00Z");
const none = { configured: false } as const;

describe("readiness", () => {
  it("is ready with the database reachable, nothing pending and no worker configured", () => {
    expect(assessReadiness({ database: "ok", pendingMigrations: 0, worker: none, now })).toEqual({
      ready: true,
      body: { status: "ready", checks: { database: "ok", migrations: "ok", worker: "not_configured" } },
    });
  });

  it("is not ready when the database is unreachable or migrations are pending", () => {
    expect(assessReadiness({ database: "unreachable", pendingMigrations: null, worker: none, now })).toMatchObject({
      ready: false,
      body: { status: "not_ready", checks: { database: "unreachable", migrations: "unknown" } },
    });
    expect(assessReadiness({ database: "ok", pendingMigrations: 2, worker: none, now })).toMatchObject({
      ready: false,
      body: { checks: { migrations: "pending" } },
    });
  });

  it("needs a fresh heartbeat from a configured worker", () => {
    const worker = (secondsAgo: number | null) => ({
      configured: true as const,
      lastBeatAt: secondsAgo === null ? null : new Date(now.getTime() - secondsAgo * 1000),
      maxAgeMs: 60_000,
    });
    const verdict = (w: ReturnType<typeof worker>) =>
      assessReadiness({ database: "ok", pendingMigrations: 0, worker: w, now });
    expect(verdict(worker(10))).toMatchObject({ ready: true, body: { checks: { worker: "ok" } } });
    expect(verdict(worker(60))).toMatchObject({ ready: true });
    expect(verdict(worker(61))).toMatchObject({ ready: false, body: { checks: { worker: "stale" } } });
    expect(verdict(worker(null))).toMatchObject({ ready: false, body: { checks: { worker: "stale" } } });
  });

  it("reveals nothing but the names of the checks and their outcome", () => {
    const { body } = assessReadiness({ database: "unreachable", pendingMigrations: null, worker: none, now });
    expect(Object.keys(body).sort()).toEqual(["checks", "status"]);
    expect(JSON.stringify(body)).not.toMatch(/\d/);
  });
});

describe("retry with backoff", () => {
  it("doubles the pause up to the cap, with at most 20% jitter below it", () => {
    const exact = { random: () => 1 };
    expect([1, 2, 3, 4, 5, 6, 7].map((a) => backoffDelay(a, exact))).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000,
    ]);
    expect(backoffDelay(1, { random: () => 0 })).toBe(800);
  });

  it("retries until the work succeeds, and stops at once on a fatal error", async () => {
    const pauses: number[] = [];
    let calls = 0;
    const result = await retryWithBackoff(
      () => {
        calls++;
        return calls < 3 ? Promise.reject(new Error("ECONNREFUSED")) : Promise.resolve("open");
      },
      {
        sleep: (ms) => {
          pauses.push(ms);
          return Promise.resolve();
        },
      },
    );
    expect(result).toBe("open");
    expect(pauses).toHaveLength(2);
    expect(pauses[1]!).toBeGreaterThan(pauses[0]!);

    const fatal = new Error("pending migrations");
    let fatalCalls = 0;
    await expect(
      retryWithBackoff(
        () => {
          fatalCalls++;
          return Promise.reject(fatal);
        },
        { isFatal: (e) => e === fatal, sleep: () => Promise.resolve() },
      ),
    ).rejects.toBe(fatal);
    expect(fatalCalls).toBe(1);
  });
});

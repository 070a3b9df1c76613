import type { WorkerHeartbeat } from "./worker-heartbeat";

export type CheckResult = "ok" | "failed";
export type ReadinessInput = {
  database: "ok" | "unreachable";
  /** null when the database could not be asked. */
  pendingMigrations: number | null;
  worker: WorkerHeartbeat;
  now: Date;
};

/**
 * The readiness verdict and the body `/api/ready` returns. It names which check failed and nothing
 * else: no versions, hosts, error texts or counts an outsider could use.
 */
export function assessReadiness(input: ReadinessInput) {
  const migrations =
    input.pendingMigrations === null ? "unknown" : input.pendingMigrations === 0 ? "ok" : ("pending" as const);
  let worker: "ok" | "stale" | "not_configured" = "not_configured";
  if (input.worker.configured) {
    const beat = input.worker.lastBeatAt;
    worker = beat && input.now.getTime() - beat.getTime() <= input.worker.maxAgeMs ? "ok" : "stale";
  }
  const ready = input.database === "ok" && migrations === "ok" && worker !== "stale";
  return {
    ready,
    body: { status: ready ? "ready" : "not_ready", checks: { database: input.database, migrations, worker } },
  };
}

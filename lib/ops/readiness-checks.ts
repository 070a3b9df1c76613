import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { pendingMigrations } from "@/db/connection";
import { log } from "@/lib/log";
import { assessReadiness } from "./readiness";
import { readWorkerHeartbeat, type WorkerHeartbeat } from "./worker-heartbeat";

const CHECK_TIMEOUT_MS = 2000;

function withTimeout<T>(work: Promise<T>, ms = CHECK_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

let lastDatabaseState: "ok" | "unreachable" | undefined;

/** One readiness probe: database reachable, migrations applied, worker heartbeat fresh (when there is a worker). */
export async function checkReadiness(now = new Date()) {
  let database: "ok" | "unreachable" = "unreachable";
  let pending: number | null = null;
  let worker: WorkerHeartbeat = { configured: true, lastBeatAt: null, maxAgeMs: 0 };
  try {
    const db = await withTimeout(getDb());
    await withTimeout(db.execute(sql`select 1`));
    database = "ok";
    pending = (await withTimeout(pendingMigrations(db))).length;
    worker = await withTimeout(readWorkerHeartbeat(db));
  } catch (error) {
    // Probes come every few seconds: say it when the state changes, not on every probe.
    if (lastDatabaseState !== "unreachable") log.error({ err: error }, "gereedheid: database niet bereikbaar");
  }
  if (database === "ok" && lastDatabaseState === "unreachable") log.info("gereedheid: database weer bereikbaar");
  lastDatabaseState = database;
  return assessReadiness({ database, pendingMigrations: pending, worker, now });
}

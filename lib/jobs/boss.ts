import type { PGlite } from "@electric-sql/pglite";
import PgBoss from "pg-boss";
import type { Database } from "@/db/connection";
import { pgliteExecutor } from "./pglite-executor";

export type BossOptions = {
  db: Database;
  /** With PostgreSQL the job library keeps its own small pool on the same database. */
  databaseUrl?: string;
  poolSize?: number;
};

/** Shared settings: scheduled jobs are checked every 15 s, finished jobs kept for a week. */
const COMMON: PgBoss.ConstructorOptions = {
  schema: "pgboss",
  cronMonitorIntervalSeconds: 15,
  cronWorkerIntervalSeconds: 5,
  archiveCompletedAfterSeconds: 60 * 60,
  deleteAfterDays: 7,
};

/**
 * pg-boss on the app's database. On PostgreSQL it opens its own pool (so a dropped connection of
 * the job library never takes one of the web requests' connections with it); on the embedded
 * PGlite it runs its SQL on the app's one instance, in the same process.
 */
export function createBoss({ db, databaseUrl, poolSize = 2 }: BossOptions): PgBoss {
  if (db.$driver === "postgres") {
    if (!databaseUrl) throw new Error("the job queue on PostgreSQL needs the database URL");
    return new PgBoss({ ...COMMON, connectionString: databaseUrl, max: poolSize, application_name: "inkoop-jobs" });
  }
  const client = (db as unknown as { $client: PGlite }).$client;
  return new PgBoss({ ...COMMON, db: pgliteExecutor(client) });
}

/**
 * Creates or upgrades the job library's own `pgboss` schema and stops again. For a migration step run
 * as the owner role, so that the application role needs no CREATE right; a worker finding the schema
 * in place only uses it.
 */
export async function installJobQueue(options: BossOptions): Promise<void> {
  const boss = createBoss(options);
  boss.on("error", () => undefined);
  await boss.start();
  await boss.stop({ graceful: false, wait: true });
}

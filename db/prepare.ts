import { followChanges } from "@/lib/cache/change-feed";
import { log } from "@/lib/log";
import { retryWithBackoff } from "@/lib/ops/backoff";
import { migratesOnStart, pendingMigrationsRefusal, seedsDemo, StartupRefusal } from "@/lib/ops/startup";
import { getDb } from "./client";
import { openDatabase, pendingMigrations } from "./connection";
import { isDatabaseEmpty, seedDemo } from "./seed";

/**
 * Gets the database ready at start-up. Embedded PGlite migrates when opened and gets the demo data when
 * empty (unless SEED_DEMO=0). PostgreSQL migrates only with MIGRATE_ON_START=1 (under the migration
 * lock, as the owner role in MIGRATION_DATABASE_URL if set), refuses to run with pending migrations,
 * and gets the demo data only with SEED_DEMO=1.
 */
async function prepareOnce(): Promise<void> {
  const env = process.env;
  const databaseUrl = env.DATABASE_URL?.trim();
  if (databaseUrl && migratesOnStart(env)) {
    const owner = await openDatabase({ databaseUrl: env.MIGRATION_DATABASE_URL?.trim() || databaseUrl, poolSize: 1 });
    await owner.$close();
  }
  const db = await getDb();
  const refusal = pendingMigrationsRefusal(await pendingMigrations(db));
  if (refusal) throw new StartupRefusal([refusal]);
  if (seedsDemo(env)) {
    // Under the migration lock: instances starting together on one empty database seed it once.
    await db.$withMigrationLock(async () => {
      if (!(await isDatabaseEmpty(db))) return;
      const summary = await seedDemo(db);
      log.info(summary, "demodata geladen");
    });
  }
  // Every instance empties its caches when any of them changes data (lib/cache/change-feed.ts).
  await followChanges(db);
  log.info({ database: databaseUrl ? "postgres" : "pglite" }, "database gereed");
}

/**
 * Returns after the first attempt. While the database cannot be reached or opened, it keeps trying in
 * the background with growing pauses (the portal serves what it can and /api/ready says not ready).
 * A refusal (pending migrations) stops the process with its message.
 */
export async function prepareDatabase(): Promise<void> {
  const stop = (error: unknown) => {
    if (!(error instanceof StartupRefusal)) throw error;
    log.fatal({ problems: error.problems }, `het portaal start niet: ${error.message}`);
    process.exit(1);
  };
  let firstAttemptDone = () => {};
  const firstAttempt = new Promise<void>((resolve) => (firstAttemptDone = resolve));
  retryWithBackoff(prepareOnce, {
    isFatal: (error) => error instanceof StartupRefusal,
    onRetry: (error, attempt, retryInMs) => {
      log.error(
        { err: error, attempt, retryInMs },
        "database niet gereed (niet bereikbaar, niet te openen of voorbereiden mislukt); nieuwe poging volgt",
      );
      firstAttemptDone();
    },
  }).then(firstAttemptDone, stop);
  await firstAttempt;
}

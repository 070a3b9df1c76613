// Applies pending migrations (npm run db:migrate): the step of its own before a new version starts.
// Connects with MIGRATION_DATABASE_URL (the owner role) or else DATABASE_URL; without either, migrates the
// embedded PGlite folder. On PostgreSQL it holds an advisory lock, so runs started at once wait for each
// other and the later ones find nothing left to do.
import { migrateDatabase, openDatabase, pendingMigrations } from "../db/connection";
import { installJobQueue } from "../lib/jobs/boss";
import { log } from "../lib/log";

const databaseUrl = process.env.MIGRATION_DATABASE_URL?.trim() || process.env.DATABASE_URL?.trim() || undefined;
const dataDir = process.env.PGLITE_DATA_DIR ?? ".data/pglite";

async function main() {
  const target = databaseUrl ? "postgres" : "pglite";
  const db = await openDatabase({ databaseUrl, dataDir, migrate: false, poolSize: 1 });
  try {
    const before = await pendingMigrations(db);
    // The job queue's own schema first, so that the grants after the migrations cover it too.
    if (databaseUrl) await installJobQueue({ db, databaseUrl });
    await migrateDatabase(db);
    const after = await pendingMigrations(db);
    if (after.length) throw new Error(`migrations still pending after the run: ${after.join(", ")}`);
    log.info({ database: target, applied: before.length }, "migraties toegepast");
  } finally {
    await db.$close();
  }
}

// Ends when the work is done: the job library may leave a timer or an idle pool connection behind.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    log.fatal(
      { err: error },
      "migreren mislukt; controleer MIGRATION_DATABASE_URL of DATABASE_URL en de rechten van de rol",
    );
    process.exit(1);
  },
);

import "server-only";
import { openDatabase, type Database } from "./connection";

/**
 * The one place the running app opens its database: PostgreSQL through `postgres` when
 * DATABASE_URL is set, otherwise embedded PGlite in PGLITE_DATA_DIR (default `.data/`).
 * Kept on globalThis so that dev reloads and route modules share one instance. A failed opening is
 * forgotten, so the next caller tries again instead of failing forever.
 *
 * PGlite is migrated when opened (one process owns it). PostgreSQL is not: migrations are their own
 * step (`npm run db:migrate`, or MIGRATE_ON_START=1), see db/prepare.ts.
 */
const globalForDb = globalThis as unknown as { __inkoopDb?: Promise<Database> };

export function getDb(): Promise<Database> {
  if (!globalForDb.__inkoopDb) {
    const databaseUrl = process.env.DATABASE_URL?.trim() || undefined;
    const opening = openDatabase({
      databaseUrl,
      dataDir: process.env.PGLITE_DATA_DIR ?? ".data/pglite",
      migrate: !databaseUrl,
    });
    globalForDb.__inkoopDb = opening;
    opening.catch(() => {
      if (globalForDb.__inkoopDb === opening) globalForDb.__inkoopDb = undefined;
    });
  }
  return globalForDb.__inkoopDb;
}

export type { Database };

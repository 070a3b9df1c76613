import "server-only";
import { openDatabase, type Database } from "./connection";

/**
 * The one place the running app opens its database: PostgreSQL through `postgres` when
 * DATABASE_URL is set, otherwise embedded PGlite in PGLITE_DATA_DIR (default `.data/`).
 * Kept on globalThis so that dev reloads and route modules share one instance.
 */
const globalForDb = globalThis as unknown as { __inkoopDb?: Promise<Database> };

export function getDb(): Promise<Database> {
  globalForDb.__inkoopDb ??= openDatabase({
    databaseUrl: process.env.DATABASE_URL,
    dataDir: process.env.PGLITE_DATA_DIR ?? ".data/pglite",
  });
  return globalForDb.__inkoopDb;
}

export type { Database };

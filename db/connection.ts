import path from "node:path";
import { mkdirSync } from "node:fs";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import * as schema from "./schema";

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>> & {
  /** Which driver is underneath; only migrations need to know. */
  $driver: "pglite" | "postgres";
  /** Closes the underlying connection or embedded database. */
  $close: () => Promise<void>;
};
/** A database handle or an open transaction; queries accept either. */
export type Executor = Pick<
  Database,
  "select" | "selectDistinct" | "insert" | "update" | "delete" | "execute" | "transaction" | "query"
>;

const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

type OpenOptions = { databaseUrl?: string; dataDir?: string; migrate?: boolean };

/** Applies pending migrations with the migrator that belongs to the driver. */
export async function migrateDatabase(db: Database): Promise<void> {
  if (db.$driver === "postgres") {
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    await migrate(db as never, { migrationsFolder: MIGRATIONS_FOLDER });
  } else {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(db as never, { migrationsFolder: MIGRATIONS_FOLDER });
  }
}

/*
 * drizzle parses json and jsonb columns itself. Both drivers parse them first by default, so an answer
 * typed as "42" or "null" came back as a number or null, and every other text answer cost a thrown
 * and caught JSON.parse. Handing drizzle the raw text makes it one parse, of the right thing.
 */
const JSON_TYPES = [114, 3802];
const rawJson = Object.fromEntries(JSON_TYPES.map((oid) => [oid, (value: string) => value]));

/** Opens either driver on the same schema and applies pending migrations. */
export async function openDatabase({ databaseUrl, dataDir, migrate = true }: OpenOptions): Promise<Database> {
  let db: Database;
  if (databaseUrl) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const client = postgres(databaseUrl, { max: Number(process.env.DATABASE_POOL_SIZE ?? 10), onnotice: () => {} });
    Object.assign(client.options.parsers, rawJson);
    db = Object.assign(drizzle(client, { schema }), {
      $driver: "postgres" as const,
      $close: () => client.end(),
    });
  } else {
    const { PGlite } = await import("@electric-sql/pglite");
    const { drizzle } = await import("drizzle-orm/pglite");
    if (dataDir && !dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
    const client = new PGlite(dataDir, { parsers: rawJson });
    db = Object.assign(drizzle(client, { schema }), {
      $driver: "pglite" as const,
      $close: () => client.close(),
    });
  }
  if (migrate) await migrateDatabase(db);
  return db;
}

import path from "node:path";
import { mkdirSync, readFileSync } from "node:fs";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { sql, type ExtractTablesWithRelations, type SQL } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { listenOnPglite, listenOnPostgres, type ChangeHandlers } from "./change-feed";
import { grantApplicationRights } from "./roles";
import * as schema from "./schema";

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>> & {
  /** Which driver is underneath; only migrations need to know. */
  $driver: "pglite" | "postgres";
  /** Closes the underlying connection or embedded database. */
  $close: () => Promise<void>;
  /** Runs `work` while holding the migration lock (PostgreSQL: an advisory lock; PGlite has one process). */
  $withMigrationLock: <T>(work: () => Promise<T>) => Promise<T>;
  /** Follows the change feed (db/change-feed.ts) until the returned function stops it. */
  $listenForChanges: (handlers: ChangeHandlers) => Promise<() => Promise<void>>;
};
/** A database handle or an open transaction; queries accept either. */
export type Executor = Pick<
  Database,
  "select" | "selectDistinct" | "insert" | "update" | "delete" | "execute" | "transaction" | "query"
>;

const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

/**
 * The advisory lock every migration run takes on PostgreSQL, so that two instances (or two `db:migrate`
 * runs) starting on the same fresh database never create the same objects at once. Advisory locks are
 * per database, so the key only has to be unique to this application.
 */
export const MIGRATION_LOCK_KEY = 7_262_150_416n;

type OpenOptions = { databaseUrl?: string; dataDir?: string; migrate?: boolean; poolSize?: number };

/**
 * Applies pending migrations with the migrator that belongs to the driver, under the migration lock,
 * then grants the application role its rights on whatever the migrations created (see db/roles.ts).
 */
export async function migrateDatabase(db: Database): Promise<void> {
  await db.$withMigrationLock(async () => {
    if (db.$driver === "postgres") {
      const { migrate } = await import("drizzle-orm/postgres-js/migrator");
      await migrate(db as never, { migrationsFolder: MIGRATIONS_FOLDER });
    } else {
      const { migrate } = await import("drizzle-orm/pglite/migrator");
      await migrate(db as never, { migrationsFolder: MIGRATIONS_FOLDER });
    }
    const role = await configuredApplicationRole(db);
    if (role) await grantApplicationRights(db, role);
  });
}

type Rows<T> = T[] | { rows: T[] };
const rowsOf = <T>(result: Rows<T>): T[] => (Array.isArray(result) ? result : result.rows);

/** The rows of a raw query on either driver (postgres.js returns an array, PGlite an object with `rows`). */
export async function queryRows<T>(db: Pick<Database, "execute">, query: SQL): Promise<T[]> {
  return rowsOf((await db.execute(query)) as Rows<T>);
}

/** The application role `npm run db:roles` recorded in the database (`inkoop_ops.settings`), if any. */
async function configuredApplicationRole(db: Database): Promise<string | null> {
  const [table] = await queryRows<{ present: boolean }>(
    db,
    sql`select to_regclass('inkoop_ops.settings') is not null as present`,
  );
  if (!table?.present) return null;
  const [row] = await queryRows<{ value: string }>(
    db,
    sql`select value from inkoop_ops.settings where key = 'app_role'`,
  );
  return row?.value || null;
}

/**
 * The tags of migrations in db/migrations that the database has not applied, judged the way drizzle's
 * migrator judges them: everything newer than the last applied migration.
 */
export async function pendingMigrations(db: Database): Promise<string[]> {
  const known = knownMigrations();
  const [table] = rowsOf(
    (await db.execute(sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`)) as Rows<{
      present: boolean;
    }>,
  );
  let last = -Infinity;
  if (table?.present) {
    const [row] = rowsOf(
      (await db.execute(sql`select max(created_at) as last from drizzle.__drizzle_migrations`)) as Rows<{
        last: string | number | null;
      }>,
    );
    if (row?.last !== null && row?.last !== undefined) last = Number(row.last);
  }
  return known.filter((m) => last < m.when).map((m) => m.tag);
}

let migrationsInFolder: { when: number; tag: string }[] | undefined;

/** The migrations this build ships, read once: readiness asks on every probe. */
function knownMigrations(): { when: number; tag: string }[] {
  if (!migrationsInFolder) {
    const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as {
      entries: { when: number; tag: string }[];
    };
    const tagOf = new Map(journal.entries.map((e) => [e.when, e.tag]));
    migrationsInFolder = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).map((m) => ({
      when: m.folderMillis,
      tag: tagOf.get(m.folderMillis) ?? String(m.folderMillis),
    }));
  }
  return migrationsInFolder;
}

/*
 * drizzle parses json and jsonb columns itself. Both drivers parse them first by default, so an answer
 * typed as "42" or "null" came back as a number or null, and every other text answer cost a thrown
 * and caught JSON.parse. Handing drizzle the raw text makes it one parse, of the right thing.
 */
const JSON_TYPES = [114, 3802];
const rawJson = Object.fromEntries(JSON_TYPES.map((oid) => [oid, (value: string) => value]));

/*
 * drizzle asks postgres.js for unnamed statements unless a query is given a name, and postgres.js then
 * describes each statement with parameters before running it: two round trips and a fresh plan per query.
 * Named statements are kept per connection by their text, so a page's queries are parsed and planned once
 * per connection. DATABASE_PREPARE=0 turns them off for a pooler that cannot keep them (PgBouncer in
 * transaction mode); postgres.js then sends every statement unnamed.
 */
function namedStatements(client: { unsafe: (...args: never[]) => unknown }): void {
  const unsafe = client.unsafe.bind(client) as (query: string, params?: unknown[], options?: object) => unknown;
  (client as unknown as { unsafe: typeof unsafe }).unsafe = (query, params, options) =>
    unsafe(query, params, { ...options, prepare: true });
}

/** Opens either driver on the same schema and, unless told not to, applies pending migrations. */
export async function openDatabase({ databaseUrl, dataDir, migrate = true, poolSize }: OpenOptions): Promise<Database> {
  let db: Database;
  if (databaseUrl) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const max = poolSize ?? Number(process.env.DATABASE_POOL_SIZE ?? 10);
    const client = postgres(databaseUrl, { max, onnotice: () => {}, prepare: process.env.DATABASE_PREPARE !== "0" });
    Object.assign(client.options.parsers, rawJson);
    namedStatements(client);
    // The lock lives on a connection of its own: a pool of one could otherwise never run the migrations it waits for.
    const withMigrationLock = async <T>(work: () => Promise<T>): Promise<T> => {
      const lock = postgres(databaseUrl, { max: 1, onnotice: () => {} });
      try {
        await lock`select pg_advisory_lock(${MIGRATION_LOCK_KEY.toString()}::bigint)`;
        return await work();
      } finally {
        // Ending the session releases the lock as well, also when the unlock itself fails.
        await lock`select pg_advisory_unlock(${MIGRATION_LOCK_KEY.toString()}::bigint)`.catch(() => undefined);
        await lock.end();
      }
    };
    db = Object.assign(drizzle(client, { schema }), {
      $driver: "postgres" as const,
      $close: () => client.end(),
      $withMigrationLock: withMigrationLock,
      // LISTEN needs a session of its own: CHANGES_DATABASE_URL may bypass a pooler in transaction mode.
      $listenForChanges: (handlers: ChangeHandlers) =>
        listenOnPostgres(process.env.CHANGES_DATABASE_URL?.trim() || databaseUrl, handlers),
    });
  } else {
    const [{ PGlite }, { PGLITE_EXTENSIONS }] = await Promise.all([
      import("@electric-sql/pglite"),
      import("./pglite-extensions"),
    ]);
    const { drizzle } = await import("drizzle-orm/pglite");
    if (dataDir && !dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
    const client = new PGlite(dataDir, { parsers: rawJson, extensions: PGLITE_EXTENSIONS });
    db = Object.assign(drizzle(client, { schema }), {
      $driver: "pglite" as const,
      $close: () => client.close(),
      $withMigrationLock: <T>(work: () => Promise<T>) => work(),
      $listenForChanges: (handlers: ChangeHandlers) => listenOnPglite(client, handlers),
    });
  }
  if (migrate) {
    try {
      await migrateDatabase(db);
    } catch (error) {
      await db.$close().catch(() => undefined);
      throw error;
    }
  }
  return db;
}

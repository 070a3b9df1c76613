import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll, describe } from "vitest";
import { openDatabase, type Database } from "@/db/connection";

type Driver = "pglite" | "postgres";

/** A fresh, migrated database: in-memory PGlite, or a new database on the server in TEST_DATABASE_URL. */
export async function openTestDatabase(driver: Driver = "pglite"): Promise<{ db: Database; dispose: () => Promise<void> }> {
  if (driver === "pglite") {
    const db = await openDatabase({ dataDir: `memory://test-${randomBytes(4).toString("hex")}` });
    return { db, dispose: () => db.$close() };
  }
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error("TEST_DATABASE_URL is not set");
  const name = `inkoop_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString() });
  return {
    db,
    dispose: async () => {
      await db.$close();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** Runs the block on PGlite, and again on real PostgreSQL when TEST_DATABASE_URL is set; one database per block. */
export function describeEachDatabase(name: string, body: (getDb: () => Database) => void): void {
  const drivers: Driver[] = process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
  for (const driver of drivers) {
    describe(`${name} [${driver}]`, () => {
      let handle: Awaited<ReturnType<typeof openTestDatabase>> | undefined;
      beforeAll(async () => {
        handle = await openTestDatabase(driver);
      });
      afterAll(async () => {
        await handle?.dispose();
      });
      body(() => {
        if (!handle) throw new Error("test database not ready");
        return handle.db;
      });
    });
  }
}

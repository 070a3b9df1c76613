import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll, describe } from "vitest";
import { openDatabase, type Database } from "@/db/connection";

export type TestDriver = "pglite" | "postgres";
export type TestDatabase = { name: TestDriver; db: Database; dispose: () => Promise<void> };

/** The drivers a test run covers: always PGlite, and PostgreSQL as well when TEST_DATABASE_URL is set. */
export function testDrivers(): TestDriver[] {
  return process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}

/**
 * A fresh, migrated database: in-memory PGlite (`memory://…` never touches the disk and instances with
 * the same name do not share data), or a new database `inkoop_test_<random>` on the server in
 * TEST_DATABASE_URL that `dispose()` drops again. Always call `dispose()` (afterAll), or Node will not exit.
 */
export async function openTestDatabase(driver: TestDriver = "pglite"): Promise<TestDatabase> {
  if (driver === "pglite") {
    const db = await openDatabase({ dataDir: `memory://test-${randomBytes(6).toString("hex")}` });
    return { name: "pglite", db, dispose: () => db.$close() };
  }

  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error("TEST_DATABASE_URL is not set");
  const name = `inkoop_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const drop = async () => {
    try {
      await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  };

  try {
    await admin.unsafe(`CREATE DATABASE "${name}"`);
  } catch (error) {
    await admin.end();
    throw error;
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let db: Database;
  try {
    db = await openDatabase({ databaseUrl: url.toString() });
  } catch (error) {
    // A failing migration must not leave the database behind.
    await drop();
    throw error;
  }
  return {
    name: "postgres",
    db,
    dispose: async () => {
      try {
        await db.$close();
      } finally {
        await drop();
      }
    },
  };
}

/**
 * Runs the block once on in-memory PGlite and, when TEST_DATABASE_URL is set, once more on real
 * PostgreSQL. One database per describe block (opened in beforeAll, disposed in afterAll), shared by
 * its tests: give test data unique keys instead of expecting an empty database.
 *
 *   describeEachDatabase("trajectory queries", (getDb, driver) => {
 *     it("…", async () => { const db = getDb(); … });
 *   });
 */
export function describeEachDatabase(name: string, body: (getDb: () => Database, driver: TestDriver) => void): void {
  for (const driver of testDrivers()) {
    describe(`${name} [${driver}]`, () => {
      let handle: TestDatabase | undefined;
      beforeAll(async () => {
        handle = await openTestDatabase(driver);
      });
      afterAll(async () => {
        await handle?.dispose();
        handle = undefined;
      });
      body(() => {
        if (!handle)
          throw new Error(
            `test database (${driver}) is not open: use getDb() inside a test or hook, not in the describe body`,
          );
        return handle.db;
      }, driver);
    });
  }
}

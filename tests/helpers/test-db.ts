import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll, describe } from "vitest";
import { openDatabase, type Database } from "@/db/connection";
import { createRoles, type RoleSetup } from "@/db/roles";

export type TestDriver = "pglite" | "postgres";
/** The drivers a test run covers: always PGlite, and PostgreSQL as well when TEST_DATABASE_URL is set. */
export function testDrivers(): TestDriver[] {
  return process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}

/**
 * `db` is what the portal connects with: on PostgreSQL the least-privileged application role. `owner` is
 * the role that owns the schema and migrates (on PGlite the same handle), for what only an owner may do.
 */
export type TestDatabase = { name: TestDriver; db: Database; owner: Database; dispose: () => Promise<void> };

/** The admin URL from TEST_DATABASE_URL pointed at another database, optionally as another role. */
function databaseUrl(serverUrl: string, database: string, role?: { name: string; password: string }): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  if (role) {
    url.username = role.name;
    url.password = role.password;
  }
  return url.toString();
}

/**
 * A fresh, migrated database: in-memory PGlite (`memory://…` never touches the disk and instances with
 * the same name do not share data), or a new database `inkoop_test_<random>` on the server in
 * TEST_DATABASE_URL with its own owner and application roles (created as `npm run db:roles` does), which
 * `dispose()` drops again. Always call `dispose()` (afterAll), or Node will not exit.
 */
export async function openTestDatabase(driver: TestDriver = "pglite"): Promise<TestDatabase> {
  if (driver === "pglite") {
    const db = await openDatabase({ dataDir: `memory://test-${randomBytes(6).toString("hex")}` });
    return { name: "pglite", db, owner: db, dispose: () => db.$close() };
  }

  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error("TEST_DATABASE_URL is not set");
  const name = `inkoop_test_${randomBytes(6).toString("hex")}`;
  const setup: RoleSetup = {
    database: name,
    owner: { name: `${name}_owner`, password: randomBytes(18).toString("hex") },
    app: { name: `${name}_app`, password: randomBytes(18).toString("hex") },
  };
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const opened: Database[] = [];
  const drop = async () => {
    try {
      await Promise.allSettled(opened.map((db) => db.$close()));
      await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.unsafe(`DROP ROLE IF EXISTS "${setup.app.name}"`);
      await admin.unsafe(`DROP ROLE IF EXISTS "${setup.owner.name}"`);
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
  try {
    const superuser = await openDatabase({ databaseUrl: databaseUrl(serverUrl, name), migrate: false, poolSize: 1 });
    try {
      await createRoles(superuser, setup);
    } finally {
      await superuser.$close();
    }
    const owner = await openDatabase({ databaseUrl: databaseUrl(serverUrl, name, setup.owner), poolSize: 2 });
    opened.push(owner);
    const db = await openDatabase({ databaseUrl: databaseUrl(serverUrl, name, setup.app), migrate: false });
    opened.push(db);
    return { name: "postgres", db, owner, dispose: drop };
  } catch (error) {
    // A failing migration must not leave the database behind.
    await drop();
    throw error;
  }
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
export function describeEachDatabase(
  name: string,
  body: (getDb: () => Database, driver: TestDriver, getOwner: () => Database) => void,
): void {
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
      const open = () => {
        if (!handle)
          throw new Error(
            `test database (${driver}) is not open: use getDb() inside a test or hook, not in the describe body`,
          );
        return handle;
      };
      body(
        () => open().db,
        driver,
        () => open().owner,
      );
    });
  }
}

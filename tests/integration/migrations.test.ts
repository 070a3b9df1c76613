import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase, pendingMigrations, queryRows } from "@/db/connection";
import { createRoles, type RoleSetup } from "@/db/roles";

const serverUrl = process.env.TEST_DATABASE_URL;

function urlFor(database: string, role?: { name: string; password: string }): string {
  const url = new URL(serverUrl!);
  url.pathname = `/${database}`;
  if (role) {
    url.username = role.name;
    url.password = role.password;
  }
  return url.toString();
}

/** `npm run db:migrate` as a process of its own: its exit code and output. */
function runMigrate(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
  return new Promise((resolve) => {
    const child = spawn(tsx, ["scripts/db-migrate.ts"], { env: { ...process.env, ...env }, stdio: "pipe" });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

describe("pending migrations [pglite]", () => {
  it("counts every migration on a fresh database and none once migrated", async () => {
    const db = await openDatabase({ dataDir: `memory://pending-${randomBytes(4).toString("hex")}`, migrate: false });
    try {
      const pending = await pendingMigrations(db);
      expect(pending.length).toBeGreaterThan(10);
      expect(pending[0]).toBe("0000_init");
      await migrateDatabase(db);
      expect(await pendingMigrations(db)).toEqual([]);
    } finally {
      await db.$close();
    }
  });
});

describe.runIf(serverUrl)("db:migrate on PostgreSQL", () => {
  const admin = serverUrl ? postgres(serverUrl, { max: 1, onnotice: () => {} }) : undefined;
  const cleanup: string[] = [];
  afterAll(async () => {
    for (const statement of cleanup.reverse()) await admin!.unsafe(statement).catch(() => undefined);
    await admin?.end();
  });

  it("two runs started at once on a fresh database both succeed, and apply each migration once", async () => {
    const name = `inkoop_test_${randomBytes(6).toString("hex")}`;
    const setup: RoleSetup = {
      database: name,
      owner: { name: `${name}_owner`, password: randomBytes(18).toString("hex") },
      app: { name: `${name}_app`, password: randomBytes(18).toString("hex") },
    };
    await admin!.unsafe(`CREATE DATABASE "${name}"`);
    cleanup.push(`DROP ROLE IF EXISTS "${setup.owner.name}"`, `DROP ROLE IF EXISTS "${setup.app.name}"`);
    cleanup.push(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    const superuser = await openDatabase({ databaseUrl: urlFor(name), migrate: false, poolSize: 1 });
    try {
      await createRoles(superuser, setup);
    } finally {
      await superuser.$close();
    }

    const env = { MIGRATION_DATABASE_URL: urlFor(name, setup.owner), DATABASE_URL: "", LOG_LEVEL: "info" };
    const runs = await Promise.all([runMigrate(env), runMigrate(env)]);
    for (const run of runs) expect(run.code, run.output).toBe(0);
    expect(runs.map((r) => r.output).join("\n")).toContain("migraties toegepast");

    // Readable by the application role, which the portal checks at start-up and in /api/ready.
    const app = await openDatabase({ databaseUrl: urlFor(name, setup.app), migrate: false, poolSize: 1 });
    try {
      expect(await pendingMigrations(app)).toEqual([]);
      const rows = await queryRows<{ n: number }>(
        app,
        sql`select hash, count(*)::int as n from drizzle.__drizzle_migrations group by hash`,
      );
      expect(rows.length).toBeGreaterThan(10);
      expect(rows.every((r) => r.n === 1)).toBe(true);
    } finally {
      await app.$close();
    }
  });

  it("fails with a clear message when the database cannot be reached", async () => {
    const run = await runMigrate({ MIGRATION_DATABASE_URL: "postgres://nobody@127.0.0.1:1/none", DATABASE_URL: "" });
    expect(run.code).toBe(1);
    expect(run.output).toContain("migreren mislukt");
    expect(run.output).toContain("ECONNREFUSED");
  });
});

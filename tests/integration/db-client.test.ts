import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";

describe("the app's database handle", () => {
  const folder = mkdtempSync(path.join(tmpdir(), "inkoop-client-"));
  const dataDir = path.join(folder, "pglite");
  const saved = { url: process.env.DATABASE_URL, dir: process.env.PGLITE_DATA_DIR };
  afterAll(async () => {
    await (await getDb().catch(() => undefined))?.$close();
    (globalThis as { __inkoopDb?: unknown }).__inkoopDb = undefined;
    process.env.PGLITE_DATA_DIR = saved.dir;
    if (saved.url !== undefined) process.env.DATABASE_URL = saved.url;
    rmSync(folder, { recursive: true, force: true });
  });

  it("does not keep a failed opening: the next call opens the database once it can", async () => {
    delete process.env.DATABASE_URL;
    process.env.PGLITE_DATA_DIR = dataDir;
    writeFileSync(dataDir, "not a folder");
    await expect(getDb()).rejects.toThrow();
    await expect(getDb()).rejects.toThrow();

    // Fixed (here: a usable place; in-memory, as disk-backed PGlite is slow on a busy machine).
    process.env.PGLITE_DATA_DIR = "memory://client-retry";
    const db = await getDb();
    expect(await db.$count((await import("@/db/schema")).users)).toBe(0);
    expect(await getDb()).toBe(db);
  }, 90_000);
});

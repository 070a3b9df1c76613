import postgres from "postgres";
import { sql } from "drizzle-orm";
import { afterAll, expect, it, vi } from "vitest";
import { queryRows } from "@/db/connection";
import { UNWATCHED_TABLES } from "@/db/change-feed";
import { listRegions } from "@/db/queries/reference";
import { auditLog, regions } from "@/db/schema";
import { followChanges, type PageCacheControl } from "@/lib/cache/change-feed";
import { describeEachDatabase } from "@/tests/helpers/test-db";

/** A stand-in for the server's page cache that counts what the feed tells it. */
function recordingPageCache() {
  const calls = { invalidate: 0, live: [] as boolean[] };
  const control: PageCacheControl = {
    invalidate: () => void (calls.invalidate += 1),
    setLive: (live) => void calls.live.push(live),
  };
  return { calls, control };
}

describeEachDatabase("the change feed", (getDb, driver, getOwner) => {
  const stops: (() => Promise<void>)[] = [];
  afterAll(async () => {
    await Promise.all(stops.map((stop) => stop()));
  });

  it("announces every table except the listed ones, and none of those", async () => {
    const rows = await queryRows<{ table: string; announced: boolean }>(
      getOwner(),
      sql`select c.relname as table,
                 exists (select 1 from pg_trigger t
                         where t.tgrelid = c.oid and t.tgname = 'inkoop_announce_change') as announced
          from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = current_schema() and c.relkind = 'r'`,
    );
    expect(rows.length).toBeGreaterThan(60);
    const unwatched = new Set<string>(UNWATCHED_TABLES);
    const wrong = rows.filter((row) => row.announced === unwatched.has(row.table)).map((row) => row.table);
    // A table listed here was either created without the trigger or is unwatched but still announces.
    expect(wrong).toEqual([]);
    for (const table of UNWATCHED_TABLES) expect(rows.map((row) => row.table)).toContain(table);
  });

  it("empties the page cache and the reference data of another instance once a change commits", async () => {
    // Two handles on one database stand for two instances (on PGlite, one process owns both).
    const writer = getDb();
    const reader = getOwner();
    const pages = recordingPageCache();
    const stop = await followChanges(reader, pages.control);
    if (stop) stops.push(stop);
    await vi.waitFor(() => expect(pages.calls.live).toEqual([true]), { timeout: 10_000 });
    const listened = pages.calls.invalidate;

    const before = await listRegions(reader);
    await writer.insert(regions).values({ name: `Regio feed ${driver}` });
    await vi.waitFor(() => expect(pages.calls.invalidate).toBeGreaterThan(listened), { timeout: 10_000 });
    // The reader had the regions in its process; the feed made it read them again.
    expect((await listRegions(reader)).length).toBe(before.length + 1);

    // A transaction announces at its commit, not before, and not at all when it rolls back.
    const committed = pages.calls.invalidate;
    await writer
      .transaction(async (tx) => {
        await tx.insert(regions).values({ name: `Regio teruggedraaid ${driver}` });
        throw new Error("terugdraaien");
      })
      .catch(() => undefined);
    await writer
      .insert(auditLog)
      .values({ actorLabel: "test", action: "audit.export", objectType: "audit", result: "success", origin: "test" });
    // The audit entry is silent; a later announced change shows that nothing came in between.
    await writer.insert(regions).values({ name: `Regio daarna ${driver}` });
    await vi.waitFor(() => expect(pages.calls.invalidate).toBeGreaterThan(committed), { timeout: 10_000 });
    expect(pages.calls.invalidate).toBe(committed + 1);
  });

  it("follows a database handle once", async () => {
    const pages = recordingPageCache();
    const db = getOwner();
    // The handle is already followed by the test above.
    expect(await followChanges(db, pages.control)).toBeUndefined();
  });

  if (driver === "postgres") {
    it("turns the page cache off while the connection is lost, and on again once it listens", async () => {
      const db = getDb();
      const pages = recordingPageCache();
      const stop = await followChanges(db, pages.control);
      if (stop) stops.push(stop);
      await vi.waitFor(() => expect(pages.calls.live).toEqual([true]), { timeout: 10_000 });
      const [row] = await queryRows<{ database: string }>(db, sql`select current_database() as database`);
      const admin = postgres(process.env.TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
      try {
        await admin`select pg_terminate_backend(pid) from pg_stat_activity
                    where datname = ${row!.database} and query = 'listen inkoop_changes'`;
      } finally {
        await admin.end();
      }
      await vi.waitFor(() => expect(pages.calls.live).toEqual([true, false, true]), { timeout: 15_000 });
      const before = pages.calls.invalidate;
      await db.insert(regions).values({ name: "Regio na herstel" });
      await vi.waitFor(() => expect(pages.calls.invalidate).toBeGreaterThan(before), { timeout: 10_000 });
    });
  }
});

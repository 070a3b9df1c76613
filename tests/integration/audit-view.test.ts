import { eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { queryRows, type Database } from "@/db/connection";
import type { Actor } from "@/lib/auth/actor";
import { exportAuditCsv } from "@/lib/audit/export";
import { EMPTY_FILTER, parseAuditFilter, type AuditCursor, type AuditFilter } from "@/lib/audit/filter";
import { loadAuditPage } from "@/lib/audit/reads";
import { describeEachDatabase } from "@/tests/helpers/test-db";

const actor = (role: Actor["role"], n: string): Actor => ({
  id: `00000000-0000-4000-8000-0000000000${n}`,
  name: role,
  email: `${role}@example.nl`,
  role,
  providerId: null,
  membershipStatus: null,
  councilId: null,
});
const officer = actor("officer", "0a");
const admin = actor("admin", "0b");
const TRAJECTORY = "00000000-0000-4000-8000-0000000000ff";

/**
 * 1,300 entries in one statement: every fourth one refused, every tenth about the trajectory, the times in
 * pairs (two entries share each moment, so the id must break the tie), one at 23:30 UTC on 1 March 2026
 * (00:30 on 2 March in Amsterdam). Actions alternate between a content code and a sign-in.
 */
async function seed(db: Database) {
  await db.execute(sql`
    insert into audit_log (at, actor_id, actor_label, action, object_type, object_id, trajectory_id, result, origin, details)
    select timestamptz '2026-01-01 12:00:00+00' + ((g / 2) * interval '1 hour') + interval '0.000123 second',
           case when g % 2 = 0 then ${officer.id}::uuid else null end,
           case when g % 2 = 0 then 'Inkoper 100% <inkoper@zaanstad.nl>' else '=HYPERLINK("x") <a@b.nl>' end,
           case when g % 2 = 0 then 'table.replace' else 'auth.login' end,
           case when g % 2 = 0 then 'meeting' else 'user' end,
           'obj-' || (g % 7),
           case when g % 10 = 0 then ${TRAJECTORY}::uuid else null end,
           case when g % 4 = 3 then 'denied' else 'success' end,
           '127.0.0.1',
           jsonb_build_object('reason', 'r' || g)
    from generate_series(1, 1300) g`);
  await db.insert(auditLog).values({
    at: new Date("2026-03-01T23:30:00Z"),
    actorLabel: "nacht",
    action: "trajectory.update",
    objectType: "trajectory",
    result: "success",
    origin: "test",
  });
}

async function allPages(db: Database, who: Actor, filter: AuditFilter, pageSize = 50) {
  const ids: number[] = [];
  const pages: number[][] = [];
  let cursor: AuditCursor | null = null;
  for (let i = 0; i < 100; i++) {
    const page = await loadAuditPage(db, who, filter, cursor, pageSize);
    if (!page.ok) throw new Error(page.errors.join());
    ids.push(...page.entries.map((e) => e.id));
    pages.push(page.entries.map((e) => e.id));
    if (!page.older) break;
    cursor = page.older;
  }
  return { ids, pages };
}

describeEachDatabase("the audit view", (getDb) => {
  it("pages a filtered trail by keyset to its end: entry 501 and beyond are reachable, none twice", async () => {
    const db = getDb();
    await seed(db);
    const filter = { ...EMPTY_FILTER, action: "table.replace" };
    const { ids, pages } = await allPages(db, officer, filter);
    expect(ids).toHaveLength(650);
    expect(new Set(ids).size).toBe(650);
    expect(pages[10]).toHaveLength(50);
    const rows = await db.select().from(auditLog).where(eq(auditLog.action, "table.replace"));
    const expected = rows.sort((a, b) => b.at.getTime() - a.at.getTime() || b.id - a.id).map((r) => r.id);
    expect(ids).toEqual(expected);
    expect(ids[500]).toBe(expected[500]);
  });

  it("keeps equal moments apart by id and goes back to newer pages", async () => {
    const db = getDb();
    const all = await allPages(db, officer, EMPTY_FILTER, 25);
    expect(new Set(all.ids).size).toBe(all.ids.length);
    const third = await loadAuditPage(db, officer, EMPTY_FILTER, { direction: "older", id: all.pages[1]!.at(-1)! }, 25);
    expect(third.ok && third.entries.map((e) => e.id)).toEqual(all.pages[2]);
    const back = await loadAuditPage(db, officer, EMPTY_FILTER, third.ok ? third.newer : null, 25);
    expect(back.ok && back.entries.map((e) => e.id)).toEqual(all.pages[1]);
    const first = await loadAuditPage(db, officer, EMPTY_FILTER, back.ok ? back.newer : null, 25);
    expect(first.ok && first.entries.map((e) => e.id)).toEqual(all.pages[0]);
    expect(first.ok && first.newer).toBeNull();
  });

  it("filters on who, result, object, trajectory and an Amsterdam period", async () => {
    const db = getDb();
    const count = async (f: Partial<AuditFilter>) =>
      (await allPages(db, officer, { ...EMPTY_FILTER, ...f })).ids.length;
    expect(await count({ result: "denied" })).toBe(325);
    expect(await count({ result: "failure" })).toBe(0);
    // The 1,300 seeded entries less the refused ones, and the one at night.
    expect(await count({ result: "success" })).toBe(976);
    expect(await count({ actor: "100%" })).toBe(650);
    expect(await count({ actor: "10%" })).toBe(0);
    expect(await count({ actor: officer.id })).toBe(650);
    expect(await count({ objectType: "user", objectId: "obj-1" })).toBe(93);
    expect(await count({ trajectoryId: TRAJECTORY })).toBe(130);
    expect(await count({ category: "auth" })).toBe(650);
    expect(await count({ category: "aut" })).toBe(0);
    const night = await loadAuditPage(
      db,
      officer,
      { ...EMPTY_FILTER, from: "2026-03-02", to: "2026-03-02", action: "trajectory.update" },
      null,
    );
    expect(night.ok && night.entries.map((e) => e.actorLabel)).toEqual(["nacht"]);
    const dayBefore = await loadAuditPage(
      db,
      officer,
      { ...EMPTY_FILTER, to: "2026-03-01", action: "trajectory.update" },
      null,
    );
    expect(dayBefore.ok && dayBefore.entries).toEqual([]);
  });

  it("finds a name that occurs nowhere through the trigram index, not by reading the trail", async () => {
    const db = getDb();
    // Taking the plan as a whole would let a small table's sequential scan win; without it, the index must serve.
    const plan = await db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      const rows = await queryRows<{ "QUERY PLAN": string }>(
        tx,
        sql`explain select id from audit_log where actor_label ilike '%Jansen-de Wit%'`,
      );
      return rows.map((r) => r["QUERY PLAN"]).join("\n");
    });
    expect(plan).toContain("audit_log_actor_label_idx");
    const none = await loadAuditPage(db, officer, { ...EMPTY_FILTER, actor: "Jansen-de Wit" }, null, 50);
    expect(none.ok && none.entries).toEqual([]);
  });

  it("shows an administrator the security part only, and refuses a cursor that names no entry", async () => {
    const db = getDb();
    const { ids } = await allPages(db, admin, EMPTY_FILTER);
    expect(ids).toHaveLength(650);
    const unknown = await loadAuditPage(db, officer, EMPTY_FILTER, { direction: "older", id: 99_999_999 });
    expect(unknown).toEqual({ ok: false, errors: [expect.stringContaining("klopt niet")] });
    const parsed = parseAuditFilter({ na: "abc", van: "2026-05-01", tot: "2026-04-01", resultaat: "x" });
    expect(parsed.ok).toBe(false);
  });

  it("exports the filtered trail as CSV in batches, formulas neutralised, and audits the export", async () => {
    const db = getDb();
    const ctx = { db, actor: officer, origin: "127.0.0.1" };
    const stream = await exportAuditCsv(ctx, { ...EMPTY_FILTER, category: "auth" });
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    const lines = text.trim().split(/\r?\n/);
    expect(lines).toHaveLength(651);
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text.indexOf("\uFEFF", 1)).toBe(-1);
    expect(lines[1]).toContain(`'=HYPERLINK`);
    expect(lines[1]).toContain("Inloggen (auth.login)");
    const [logged] = await db.select().from(auditLog).where(eq(auditLog.action, "audit.export"));
    expect(logged).toMatchObject({ actorId: officer.id, objectType: "audit_log", details: { filter: "?soort=auth" } });
  });
});

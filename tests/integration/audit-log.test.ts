import { eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { describeEachDatabase } from "@/tests/helpers/test-db";

/**
 * The triggers of migration 0001 raise `audit_log is append-only (<OP> refused)` with SQLSTATE 42501.
 * Drizzle wraps the driver's error ("Failed query: …"); the database error is its cause, on both drivers.
 */
async function expectRefusedByTrigger(write: PromiseLike<unknown>, operation: "UPDATE" | "DELETE" | "TRUNCATE") {
  type DatabaseError = Error & { code?: string; cause?: DatabaseError };
  let error: DatabaseError | undefined;
  try {
    await write;
  } catch (e) {
    error = e as typeof error;
  }
  expect(error, `${operation} on audit_log should have been refused`).toBeDefined();
  const cause = error?.cause ?? error;
  expect(cause?.message).toContain(`audit_log is append-only (${operation} refused)`);
  expect(cause?.code).toBe("42501");
}

// The refusals below are the triggers', so they are asked of the owner, whom no grant stops; the application
// role is refused by its grants as well (immutable-records.test.ts).
describeEachDatabase("audit log", (getDb, _driver, getOwner) => {
  it("accepts inserts with drizzle", async () => {
    const db = getDb();
    const [row] = await db
      .insert(auditLog)
      .values({
        actorLabel: "systeem",
        action: "test.insert",
        objectType: "thing",
        objectId: "42",
        result: "success",
        origin: "test",
        details: { a: 1 },
      })
      .returning();
    expect(row).toMatchObject({
      actorId: null,
      actorLabel: "systeem",
      action: "test.insert",
      objectId: "42",
      result: "success",
      details: { a: 1 },
    });
    expect(row?.id).toBeGreaterThan(0);
    expect(row?.at).toBeInstanceOf(Date);
  });

  it("appends entries with the BIO fields through recordAudit", async () => {
    const db = getDb();
    await recordAudit(
      { db, actor: null, origin: "test" },
      { action: "test.append", objectType: "thing", objectId: "1", details: { a: 1 } },
    );
    const [row] = await db.select().from(auditLog).where(eq(auditLog.action, "test.append"));
    expect(row).toMatchObject({
      actorId: null,
      actorLabel: "anoniem",
      objectType: "thing",
      objectId: "1",
      result: "success",
      origin: "test",
    });
    expect(row?.at).toBeInstanceOf(Date);
  });

  it("refuses UPDATE", async () => {
    const db = getDb();
    await recordAudit({ db, actor: null, origin: "test" }, { action: "test.update", objectType: "thing" });
    await expectRefusedByTrigger(
      getOwner().update(auditLog).set({ result: "failure" }).where(eq(auditLog.action, "test.update")),
      "UPDATE",
    );
    const rows = await db.select().from(auditLog).where(eq(auditLog.action, "test.update"));
    expect(rows.map((r) => r.result)).toEqual(["success"]);
  });

  it("refuses DELETE", async () => {
    const db = getDb();
    await recordAudit({ db, actor: null, origin: "test" }, { action: "test.delete", objectType: "thing" });
    await expectRefusedByTrigger(getOwner().delete(auditLog).where(eq(auditLog.action, "test.delete")), "DELETE");
    expect(await db.select().from(auditLog).where(eq(auditLog.action, "test.delete"))).toHaveLength(1);
  });

  it("refuses TRUNCATE", async () => {
    const db = getDb();
    await recordAudit({ db, actor: null, origin: "test" }, { action: "test.truncate", objectType: "thing" });
    await expectRefusedByTrigger(getOwner().execute(sql`truncate audit_log`), "TRUNCATE");
    expect(await db.select().from(auditLog).where(eq(auditLog.action, "test.truncate"))).toHaveLength(1);
  });
});

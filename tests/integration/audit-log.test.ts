import { eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { describeEachDatabase } from "@/tests/helpers/test-db";

/** Drizzle wraps the database error; the trigger's own message is in the cause. */
async function expectRefusedByTrigger(write: Promise<unknown>) {
  const error = await write.then(
    () => null,
    (e: unknown) => e as Error & { cause?: Error },
  );
  expect(error, "the write should have been refused").not.toBeNull();
  expect(`${error?.message} ${error?.cause?.message ?? ""}`).toMatch(/append-only/);
}

describeEachDatabase("audit log", (getDb) => {
  it("appends entries with the BIO fields", async () => {
    const db = getDb();
    await recordAudit({ db, actor: null, origin: "test" }, { action: "test.append", objectType: "thing", objectId: "1", details: { a: 1 } });
    const [row] = await db.select().from(auditLog).where(eq(auditLog.action, "test.append"));
    expect(row).toMatchObject({ actorId: null, actorLabel: "anoniem", objectType: "thing", objectId: "1", result: "success", origin: "test" });
    expect(row?.at).toBeInstanceOf(Date);
  });

  it("refuses to change, delete or truncate entries", async () => {
    const db = getDb();
    await recordAudit({ db, actor: null, origin: "test" }, { action: "test.keep", objectType: "thing" });
    await expectRefusedByTrigger(db.update(auditLog).set({ result: "failure" }).where(eq(auditLog.action, "test.keep")));
    await expectRefusedByTrigger(db.delete(auditLog).where(eq(auditLog.action, "test.keep")));
    await expectRefusedByTrigger(db.execute(sql`TRUNCATE audit_log`));
    expect(await db.select().from(auditLog).where(eq(auditLog.action, "test.keep"))).toHaveLength(1);
  });
});

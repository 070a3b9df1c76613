import { beforeAll, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { auditActionKey } from "@/lib/audit/codes";
import { unnamedFields } from "@/lib/audit/detail-values";
import { hasMessage } from "@/lib/i18n";
import { describeEachDatabase } from "@/tests/helpers/test-db";

// The demo replays the whole dialogue through the domain's writes, so its trail holds the codes and details
// the portal really writes: each must read in Dutch, no field under its programmer's name.
describeEachDatabase("the demo's audit trail in words", (getDb) => {
  beforeAll(async () => {
    await seedDemo(getDb());
  }, 120_000);

  it("names every action and every field of its details", async () => {
    const rows = await getDb().select().from(auditLog);
    expect(rows.length).toBeGreaterThan(50);
    const undescribed = [...new Set(rows.map((r) => r.action).filter((a) => !hasMessage(auditActionKey(a))))];
    expect(undescribed).toEqual([]);
    const unnamed = [
      ...new Set(rows.flatMap((r) => unnamedFields(r.action, r.details).map((f) => `${r.action}: ${f}`))),
    ];
    expect(unnamed).toEqual([]);
  });
});

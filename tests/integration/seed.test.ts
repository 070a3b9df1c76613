import bcrypt from "bcryptjs";
import { expect, it } from "vitest";
import { councils, municipalities, phaseGuidance, providers, subregions, trajectories, users } from "@/db/schema";
import { ROLES } from "@/lib/auth/roles";
import { PHASES } from "@/lib/trajectory/constants";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/db/seed/accounts";
import { isDatabaseEmpty, seedDemo } from "@/db/seed";
import { resetDatabase } from "@/db/seed/reset";
import { describeEachDatabase } from "@/tests/helpers/test-db";

describeEachDatabase("demo data", (getDb) => {
  it("seeds the region, providers of every size, both councils, every role and every phase", async () => {
    const db = getDb();
    expect(await isDatabaseEmpty(db)).toBe(true);
    await seedDemo(db);
    expect(await isDatabaseEmpty(db)).toBe(false);
    expect(await db.select().from(subregions)).toHaveLength(3);
    expect(await db.select().from(municipalities)).toHaveLength(7);
    const providerRows = await db.select().from(providers);
    expect(providerRows.length).toBeGreaterThanOrEqual(25);
    expect(new Set(providerRows.map((p) => p.sizeClass))).toEqual(new Set(["large", "medium", "small"]));
    expect(new Set((await db.select().from(councils)).map((c) => c.kind))).toEqual(new Set(["client_council", "wmo_council"]));
    const userRows = await db.select().from(users);
    expect(new Set(userRows.map((u) => u.role))).toEqual(new Set(ROLES));
    expect(userRows.map((u) => u.email).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.email).sort());
    expect(await bcrypt.compare(DEMO_PASSWORD, userRows[0]?.passwordHash ?? "")).toBe(true);
    expect(new Set((await db.select().from(trajectories)).map((t) => t.currentPhase))).toEqual(new Set(PHASES));
    expect(await db.select().from(phaseGuidance)).toHaveLength(32);
  });

  it("re-seeds to the same demo after a reset, audit trail included", async () => {
    const db = getDb();
    const before = (await db.select({ name: providers.name }).from(providers)).map((p) => p.name).sort();
    await resetDatabase(db);
    expect(await isDatabaseEmpty(db)).toBe(true);
    await seedDemo(db);
    expect((await db.select({ name: providers.name }).from(providers)).map((p) => p.name).sort()).toEqual(before);
  });
});

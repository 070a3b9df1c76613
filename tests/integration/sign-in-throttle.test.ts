import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { users } from "@/db/schema";
import { verifyCredentials } from "@/lib/auth/credentials";
import { hashPassword, verifyPassword } from "@/lib/auth/passwords";
import { delaySeconds, THROTTLE_POLICIES } from "@/lib/auth/throttle";
import { describeEachDatabase } from "@/tests/helpers/test-db";

describeEachDatabase("sign-in throttle under concurrency", (getDb) => {
  it("checks at most the allowed number of hashes for a burst, delays the right password, spares others", async () => {
    const db = getDb();
    const hash = await hashPassword("het-goede-wachtwoord");
    await db.insert(users).values([
      { email: "doelwit@example.nl", name: "Doelwit", role: "resident", passwordHash: hash },
      { email: "buurman@example.nl", name: "Buurman", role: "resident", passwordHash: hash },
    ]);
    let checked = 0;
    const counting = { responseMs: 0, verify: (s: string, p: string) => (checked++, verifyPassword(s, p)) };
    const now = new Date("2026-03-02T12:00:00Z");
    const wrong = Array.from({ length: 20 }, (_, i) =>
      verifyCredentials(db, "doelwit@example.nl", `fout-${i}`, `192.0.2.${i}`, { ...counting, now }),
    );
    // The right password joins the burst once the allowed attempts have claimed their turn.
    const right = (async () => {
      while (checked < THROTTLE_POLICIES.account.freeFailures) await new Promise((r) => setTimeout(r, 1));
      return verifyCredentials(db, "doelwit@example.nl", "het-goede-wachtwoord", "192.0.2.200", { ...counting, now });
    })();
    const results = await Promise.all([...wrong, right]);

    expect(checked).toBeLessThanOrEqual(THROTTLE_POLICIES.account.freeFailures);
    expect(results.filter((r) => r.ok)).toHaveLength(0);
    expect(results.at(-1)).toEqual({ ok: false, reason: "waiting" });

    // Another account is not affected by the burst.
    expect(
      await verifyCredentials(db, "buurman@example.nl", "het-goede-wachtwoord", "192.0.2.201", { ...counting, now }),
    ).toMatchObject({ ok: true });

    // Still waiting just before the delay ends, let through right after it.
    const delay = delaySeconds(THROTTLE_POLICIES.account, THROTTLE_POLICIES.account.freeFailures) * 1000;
    const justBefore = new Date(now.getTime() + delay - 1000);
    expect(
      await verifyCredentials(db, "doelwit@example.nl", "het-goede-wachtwoord", "192.0.2.202", {
        ...counting,
        now: justBefore,
      }),
    ).toEqual({ ok: false, reason: "waiting" });
    const after = new Date(now.getTime() + delay + 1000);
    expect(
      await verifyCredentials(db, "doelwit@example.nl", "het-goede-wachtwoord", "192.0.2.202", {
        ...counting,
        now: after,
      }),
    ).toMatchObject({ ok: true });
    // A success starts the count over: the next wrong password is checked again, without delay.
    const before = checked;
    await verifyCredentials(db, "doelwit@example.nl", "fout", "192.0.2.203", { ...counting, now: after });
    expect(checked).toBe(before + 1);
  });

  it("answers refused, wrong and unknown after the same floor", async () => {
    const db = getDb();
    await db.insert(users).values({
      email: "tijd@example.nl",
      name: "Tijd",
      role: "resident",
      passwordHash: await hashPassword("het-goede-wachtwoord"),
    });
    const time = async (email: string, password: string, now: Date) => {
      const started = performance.now();
      await verifyCredentials(db, email, password, "198.51.100.1", { responseMs: 250, now });
      return performance.now() - started;
    };
    const now = new Date("2026-03-03T12:00:00Z");
    for (let i = 0; i < THROTTLE_POLICIES.account.freeFailures; i++) await time("tijd@example.nl", "fout", now);
    for (const elapsed of [
      await time("tijd@example.nl", "fout", now), // waiting: no hash at all
      await time("onbekend@example.nl", "fout", now),
      await time("tijd@example.nl", "nog-fout", new Date(now.getTime() + 3600_000)),
    ])
      expect(elapsed).toBeGreaterThanOrEqual(245);
  });

  it("replaces a bcrypt hash with Argon2id at the next successful sign-in", async () => {
    const db = getDb();
    const bcrypt = await import("bcryptjs");
    const [user] = await db
      .insert(users)
      .values({
        email: "oud@example.nl",
        name: "Oud",
        role: "resident",
        passwordHash: await bcrypt.hash("een-oud-wachtwoord", 4),
      })
      .returning();
    expect(await verifyCredentials(db, "oud@example.nl", "verkeerd", "203.0.113.1", { responseMs: 0 })).toMatchObject({
      ok: false,
    });
    const [unchanged] = await db.select().from(users).where(eq(users.id, user!.id));
    expect(unchanged!.passwordHash).toMatch(/^\$2[aby]\$/);
    expect(
      await verifyCredentials(db, "oud@example.nl", "een-oud-wachtwoord", "203.0.113.1", { responseMs: 0 }),
    ).toMatchObject({ ok: true });
    const [rehashed] = await db.select().from(users).where(eq(users.id, user!.id));
    expect(rehashed!.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(
      await verifyCredentials(db, "oud@example.nl", "een-oud-wachtwoord", "203.0.113.1", { responseMs: 0 }),
    ).toMatchObject({ ok: true });
  });
});

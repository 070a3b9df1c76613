import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { outbox, users } from "@/db/schema";
import { verifyCredentials } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/passwords";
import { registerUser } from "@/lib/auth/registration";
import { actorForSession, endSession, startSession } from "@/lib/auth/sessions";
import { THROTTLE_POLICIES } from "@/lib/auth/throttle";
import { DomainRuleError } from "@/lib/errors";
import { describeEachDatabase } from "@/tests/helpers/test-db";

const fast = { responseMs: 0 };

describeEachDatabase("accounts and sessions", (getDb) => {
  it("delays an account after too many failures and answers unknown accounts the same way", async () => {
    const db = getDb();
    await db.insert(users).values({
      email: "slot@example.nl",
      name: "Slot",
      role: "resident",
      passwordHash: await hashPassword("juist-wachtwoord-123"),
    });
    const now = new Date("2026-03-02T09:00:00Z");
    expect(
      await verifyCredentials(db, "slot@example.nl", "juist-wachtwoord-123", "10.0.0.1", { ...fast, now }),
    ).toMatchObject({ ok: true });
    for (let i = 0; i < THROTTLE_POLICIES.account.freeFailures; i++) {
      expect(await verifyCredentials(db, "SLOT@example.nl", "fout", `10.0.1.${i}`, { ...fast, now })).toEqual({
        ok: false,
        reason: "wrong",
      });
    }
    // Even the right password is refused while the account waits, with the same answer to the user.
    expect(
      await verifyCredentials(db, "slot@example.nl", "juist-wachtwoord-123", "10.0.0.9", { ...fast, now }),
    ).toEqual({ ok: false, reason: "waiting" });
    expect(await verifyCredentials(db, "bestaat-niet@example.nl", "wat-dan-ook", "10.0.0.9", fast)).toMatchObject({
      ok: false,
    });
  });

  it("limits failures per client address across accounts", async () => {
    const db = getDb();
    await db.insert(users).values({
      email: "adres@example.nl",
      name: "Adres",
      role: "resident",
      passwordHash: await hashPassword("juist-wachtwoord-123"),
    });
    const now = new Date("2026-03-02T10:00:00Z");
    for (let i = 0; i < THROTTLE_POLICIES.address.freeFailures; i++)
      await verifyCredentials(db, `gok${i}@example.nl`, "fout", "10.9.9.9", { ...fast, now });
    expect(
      await verifyCredentials(db, "adres@example.nl", "juist-wachtwoord-123", "10.9.9.9", { ...fast, now }),
    ).toEqual({ ok: false, reason: "waiting" });
    expect(
      await verifyCredentials(db, "adres@example.nl", "juist-wachtwoord-123", "10.9.9.10", { ...fast, now }),
    ).toMatchObject({ ok: true });
  });

  it("ends a session at logout and ignores sessions of a disabled account", async () => {
    const db = getDb();
    const [user] = await db
      .insert(users)
      .values({ email: "sessie@example.nl", name: "Sessie", role: "officer" })
      .returning();
    const first = await startSession(db, user!.id);
    const second = await startSession(db, user!.id);
    expect(first).not.toBe(second);
    expect(await actorForSession(db, first)).toMatchObject({ id: user!.id, role: "officer" });
    await endSession(db, first);
    expect(await actorForSession(db, first)).toBeNull();
    await db.update(users).set({ disabled: true }).where(eq(users.id, user!.id));
    expect(await actorForSession(db, second)).toBeNull();
  });

  it("registers residents active and provider staff pending, unverified until the link is used", async () => {
    const db = getDb();
    const ctx = { origin: "test", siteUrl: "https://portaal.example" };
    const base = { name: "Nieuwe Inwoner", password: "een-lang-wachtwoord", passwordRepeat: "een-lang-wachtwoord" };
    const { id } = await registerUser(db, ctx, { ...base, email: "nieuw@example.nl", kind: "resident" });
    const [row] = await db.select().from(users).where(eq(users.id, id!));
    expect(row).toMatchObject({ role: "resident", membershipStatus: null, emailVerifiedAt: null });
    const mails = await db.select().from(outbox).where(eq(outbox.recipient, "nieuw@example.nl"));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.body).toContain("https://portaal.example/e-mail-bevestigen?token=");
    // A taken address: no second account, no error that tells the visitor, a mail to the owner instead.
    expect(await registerUser(db, ctx, { ...base, email: "nieuw@example.nl", kind: "resident" })).toEqual({
      id: null,
    });
    const after = await db.select().from(outbox).where(eq(outbox.recipient, "nieuw@example.nl"));
    expect(after.map((m) => m.subject)).toContain("Registratie bij Inkoopdialoog");
    await expect(
      registerUser(db, ctx, {
        ...base,
        email: "ander@example.nl",
        kind: "provider",
        providerId: "99999999-9999-4999-8999-999999999999",
      }),
    ).rejects.toBeInstanceOf(DomainRuleError);
  });
});

import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { users } from "@/db/schema";
import { hashPassword, verifyCredentials } from "@/lib/auth/credentials";
import { LOGIN_LIMITS } from "@/lib/auth/rate-limit";
import { registerUser } from "@/lib/auth/registration";
import { actorForSession, endSession, startSession } from "@/lib/auth/sessions";
import { DomainRuleError } from "@/lib/errors";
import { describeEachDatabase } from "@/tests/helpers/test-db";

describeEachDatabase("accounts and sessions", (getDb) => {
  it("locks an account after too many failures and answers unknown accounts the same way", async () => {
    const db = getDb();
    await db.insert(users).values({
      email: "slot@example.nl",
      name: "Slot",
      role: "resident",
      passwordHash: await hashPassword("juist-wachtwoord-123"),
    });
    expect(await verifyCredentials(db, "slot@example.nl", "juist-wachtwoord-123", "10.0.0.1")).toMatchObject({
      ok: true,
    });
    for (let i = 0; i < LOGIN_LIMITS.perAccount; i++) {
      expect(await verifyCredentials(db, "SLOT@example.nl", "fout", `10.0.1.${i}`)).toEqual({ ok: false });
    }
    // Even the right password is refused while locked, with the same answer.
    expect(await verifyCredentials(db, "slot@example.nl", "juist-wachtwoord-123", "10.0.0.9")).toEqual({ ok: false });
    expect(await verifyCredentials(db, "bestaat-niet@example.nl", "wat-dan-ook", "10.0.0.9")).toEqual({ ok: false });
  });

  it("limits failures per client address across accounts", async () => {
    const db = getDb();
    await db.insert(users).values({
      email: "adres@example.nl",
      name: "Adres",
      role: "resident",
      passwordHash: await hashPassword("juist-wachtwoord-123"),
    });
    for (let i = 0; i < LOGIN_LIMITS.perAddress; i++)
      await verifyCredentials(db, `gok${i}@example.nl`, "fout", "10.9.9.9");
    expect(await verifyCredentials(db, "adres@example.nl", "juist-wachtwoord-123", "10.9.9.9")).toEqual({ ok: false });
    expect(await verifyCredentials(db, "adres@example.nl", "juist-wachtwoord-123", "10.9.9.10")).toMatchObject({
      ok: true,
    });
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

  it("registers residents active and provider staff pending, refusing a taken address", async () => {
    const db = getDb();
    const base = { name: "Nieuwe Inwoner", password: "een-lang-wachtwoord", passwordRepeat: "een-lang-wachtwoord" };
    const { id } = await registerUser(db, "test", { ...base, email: "nieuw@example.nl", kind: "resident" });
    const [row] = await db.select().from(users).where(eq(users.id, id));
    expect(row).toMatchObject({ role: "resident", membershipStatus: null });
    await expect(
      registerUser(db, "test", { ...base, email: "nieuw@example.nl", kind: "resident" }),
    ).rejects.toBeInstanceOf(DomainRuleError);
    await expect(
      registerUser(db, "test", {
        ...base,
        email: "ander@example.nl",
        kind: "provider",
        providerId: "99999999-9999-4999-8999-999999999999",
      }),
    ).rejects.toBeInstanceOf(DomainRuleError);
  });
});

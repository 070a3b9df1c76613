import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { auditLog, outbox, recoveryCodes, users, userSessions, userTotp } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { hasSecondFactor, pendingTotpSecret, verifySecondFactor } from "@/lib/auth/second-factor";
import { enrolSecondFactor, resetUserSecondFactor } from "@/lib/auth/second-factor-writes";
import { startSession } from "@/lib/auth/sessions";
import { beginSignIn, completeChallenge, consumeChallenge, readChallenge } from "@/lib/auth/sign-in-challenge";
import { totpCode } from "@/lib/auth/totp";
import { DomainRuleError } from "@/lib/errors";
import type { Database } from "@/db/connection";
import { describeEachDatabase } from "@/tests/helpers/test-db";

async function account(db: Database, email: string, role: Actor["role"]): Promise<Actor> {
  const [u] = await db.insert(users).values({ email, name: email, role, emailVerifiedAt: new Date() }).returning();
  return { id: u!.id, name: u!.name, email, role, providerId: null, membershipStatus: null, councilId: null };
}

describeEachDatabase("second factor", (getDb) => {
  it("enrols with a fixed clock, accepts each code once, and each recovery code once", async () => {
    const db = getDb();
    const officer = await account(db, "totp-officer@example.nl", "officer");
    const t0 = new Date("2026-03-02T09:00:05Z");
    const secret = (await pendingTotpSecret(db, officer.id))!;
    expect(await pendingTotpSecret(db, officer.id)).toBe(secret);
    expect(await hasSecondFactor(db, officer.id)).toBe(false);

    await expect(
      enrolSecondFactor(db, { userId: officer.id, code: "000000", origin: "test", actor: null }, t0),
    ).rejects.toBeInstanceOf(DomainRuleError);
    const codes = await enrolSecondFactor(
      db,
      { userId: officer.id, code: totpCode(secret, t0), origin: "test", actor: null },
      t0,
    );
    expect(codes).toHaveLength(10);
    expect(await hasSecondFactor(db, officer.id)).toBe(true);
    const stored = await db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, officer.id));
    expect(stored.map((r) => r.codeHash)).not.toContain(codes[0]);

    // The enrolment code was step t0; the same code, and an older one, are refused afterwards.
    expect(await verifySecondFactor(db, officer.id, totpCode(secret, t0), t0)).toEqual({ ok: false, reason: "wrong" });
    const t1 = new Date(t0.getTime() + 30_000);
    expect(await verifySecondFactor(db, officer.id, totpCode(secret, t1), t1)).toEqual({ ok: true, method: "totp" });
    expect(await verifySecondFactor(db, officer.id, totpCode(secret, t1), t1)).toEqual({ ok: false, reason: "wrong" });

    // Two parallel uses of one recovery code: exactly one wins.
    const both = await Promise.all([
      verifySecondFactor(db, officer.id, codes[0]!, t1),
      verifySecondFactor(db, officer.id, codes[0]!.toUpperCase(), t1),
    ]);
    expect(both.filter((r) => r.ok)).toEqual([{ ok: true, method: "recovery_code" }]);
    expect(await verifySecondFactor(db, officer.id, codes[1]!, t1)).toEqual({ ok: true, method: "recovery_code" });
  });

  it("throttles guessed codes per account", async () => {
    const db = getDb();
    const person = await account(db, "totp-raden@example.nl", "resident");
    const now = new Date("2026-03-02T10:00:00Z");
    const secret = (await pendingTotpSecret(db, person.id))!;
    await enrolSecondFactor(db, { userId: person.id, code: totpCode(secret, now), origin: "t", actor: null }, now);
    const guesses = await Promise.all(
      Array.from({ length: 12 }, (_, i) => verifySecondFactor(db, person.id, String(100000 + i), now)),
    );
    expect(guesses.filter((g) => !g.ok && g.reason === "wrong").length).toBeLessThanOrEqual(5);
    const later = new Date(now.getTime() + 15_000);
    expect(await verifySecondFactor(db, person.id, totpCode(secret, later), later)).toEqual({
      ok: false,
      reason: "waiting",
    });
  });

  it("a session starts only from a completed challenge, and only once", async () => {
    const db = getDb();
    const officer = await account(db, "uitdaging@example.nl", "officer");
    const { token, step } = await beginSignIn(db, { userId: officer.id, role: officer.role, method: "password" });
    expect(step).toBe("enrol");
    expect(await consumeChallenge(db, token)).toBeNull();
    expect(await readChallenge(db, token)).toMatchObject({ userId: officer.id, step: "enrol" });
    await completeChallenge(db, token);
    expect(await consumeChallenge(db, token)).toBe(officer.id);
    expect(await consumeChallenge(db, token)).toBeNull();
    const expired = await beginSignIn(db, { userId: officer.id, role: officer.role, method: "password" });
    await completeChallenge(db, expired.token);
    expect(await consumeChallenge(db, expired.token, new Date(Date.now() + 16 * 60_000))).toBeNull();
  });

  it("an administrator resets a factor: audited, sessions ended, the person told, enrolment next time", async () => {
    const db = getDb();
    const admin = await account(db, "reset-beheerder@example.nl", "admin");
    const officer = await account(db, "reset-officer@example.nl", "officer");
    const now = new Date();
    const secret = (await pendingTotpSecret(db, officer.id))!;
    await enrolSecondFactor(db, { userId: officer.id, code: totpCode(secret, now), origin: "t", actor: null }, now);
    await startSession(db, officer.id);

    await expect(resetUserSecondFactor({ db, actor: officer, origin: "test" }, { userId: admin.id })).rejects.toThrow();
    await resetUserSecondFactor({ db, actor: admin, origin: "test" }, { userId: officer.id });
    expect(await db.select().from(userTotp).where(eq(userTotp.userId, officer.id))).toHaveLength(0);
    expect(await db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, officer.id))).toHaveLength(0);
    expect(await db.select().from(userSessions).where(eq(userSessions.userId, officer.id))).toHaveLength(0);
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "user.mfa_reset"), eq(auditLog.objectId, officer.id)));
    expect(entry).toMatchObject({ actorId: admin.id, result: "success" });
    expect(await db.select().from(outbox).where(eq(outbox.recipient, officer.email))).toHaveLength(1);
    const next = await beginSignIn(db, { userId: officer.id, role: officer.role, method: "password" });
    expect(next.step).toBe("enrol");
  });
});

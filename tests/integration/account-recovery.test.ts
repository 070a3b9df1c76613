import { and, desc, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { auditLog, outbox, users, userSessions } from "@/db/schema";
import { issueToken, useToken } from "@/lib/auth/account-tokens";
import { verifyCredentials } from "@/lib/auth/credentials";
import { resendVerification, verifyEmail } from "@/lib/auth/email-verification";
import { hashPassword } from "@/lib/auth/passwords";
import { requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import { startSession } from "@/lib/auth/sessions";
import { changeOwnPassword } from "@/lib/auth/password-change";
import { DomainRuleError } from "@/lib/errors";
import type { Database } from "@/db/connection";
import { describeEachDatabase } from "@/tests/helpers/test-db";

const SITE = "https://portaal.example";

async function person(db: Database, email: string, verified = true) {
  const [user] = await db
    .insert(users)
    .values({
      email,
      name: email,
      role: "resident",
      passwordHash: await hashPassword("het-oude-wachtwoord"),
      emailVerifiedAt: verified ? new Date() : null,
    })
    .returning();
  return user!;
}

const tokenFromMail = async (db: Database, email: string) => {
  const [mail] = await db.select().from(outbox).where(eq(outbox.recipient, email)).orderBy(desc(outbox.createdAt));
  return new URL(mail!.body.match(/https:\/\/\S+/)![0]).searchParams.get("token")!;
};

describeEachDatabase("password reset and verification tokens", (getDb) => {
  it("a token works once, within 30 minutes, and only the newest one", async () => {
    const db = getDb();
    const user = await person(db, "token@example.nl");
    const t0 = new Date("2026-03-02T09:00:00Z");
    const first = await issueToken(db, user.id, "password_reset", t0);
    const second = await issueToken(db, user.id, "password_reset", new Date(t0.getTime() + 60_000));
    expect(await useToken(db, first, "password_reset", new Date(t0.getTime() + 120_000))).toEqual({
      ok: false,
      reason: "expired",
    });
    // Not for another purpose.
    expect(await useToken(db, second, "email_verification", new Date(t0.getTime() + 120_000))).toEqual({
      ok: false,
      reason: "unknown",
    });
    expect(await useToken(db, second, "password_reset", new Date(t0.getTime() + 120_000))).toEqual({
      ok: true,
      userId: user.id,
    });
    expect(await useToken(db, second, "password_reset", new Date(t0.getTime() + 180_000))).toEqual({
      ok: false,
      reason: "used",
    });
    const late = await issueToken(db, user.id, "password_reset", t0);
    expect(await useToken(db, late, "password_reset", new Date(t0.getTime() + 30 * 60_000 + 1))).toEqual({
      ok: false,
      reason: "expired",
    });
    expect(await useToken(db, "made-up", "password_reset")).toEqual({ ok: false, reason: "unknown" });
  });

  it("reset: the same outcome for unknown addresses, the new password works, every session ends", async () => {
    const db = getDb();
    const user = await person(db, "vergeten@example.nl");
    const sessions = [await startSession(db, user.id), await startSession(db, user.id)];
    await requestPasswordReset(db, { email: "niemand@example.nl", origin: "test", siteUrl: SITE });
    expect(await db.select().from(outbox).where(eq(outbox.recipient, "niemand@example.nl"))).toHaveLength(0);
    await requestPasswordReset(db, { email: " Vergeten@Example.nl ", origin: "test", siteUrl: SITE });
    const token = await tokenFromMail(db, "vergeten@example.nl");

    await resetPassword(db, { token, password: "het-nieuwe-wachtwoord", origin: "test" });
    expect(await db.select().from(userSessions).where(eq(userSessions.userId, user.id))).toHaveLength(0);
    expect(sessions).toHaveLength(2);
    const opts = { responseMs: 0 };
    expect(await verifyCredentials(db, user.email, "het-nieuwe-wachtwoord", "10.1.1.1", opts)).toMatchObject({
      ok: true,
    });
    expect(await verifyCredentials(db, user.email, "het-oude-wachtwoord", "10.1.1.1", opts)).toMatchObject({
      ok: false,
    });

    // Reusing the link: refused with its reason, audited without the token or the password.
    const refusal = resetPassword(db, { token, password: "nog-een-wachtwoord", origin: "test" });
    await expect(refusal).rejects.toBeInstanceOf(DomainRuleError);
    const error = (await refusal.catch((e: unknown) => e)) as DomainRuleError;
    expect(error.field).toBe("token");
    expect(error.userMessage).toContain("al gebruikt");
    const entries = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "auth.password_reset"), eq(auditLog.result, "denied")));
    expect(entries).toHaveLength(1);
    const recorded = JSON.stringify(entries);
    expect(recorded).not.toContain(token);
    expect(recorded).not.toContain("nog-een-wachtwoord");
  });

  it("verification: signs in only after the link, which another signed-in person cannot use", async () => {
    const db = getDb();
    const user = await person(db, "bevestig@example.nl", false);
    const other = await person(db, "iemand-anders@example.nl");
    await resendVerification(db, { email: user.email, origin: "test", siteUrl: SITE });
    const token = await tokenFromMail(db, user.email);
    expect(await verifyCredentials(db, user.email, "het-oude-wachtwoord", "10.2.2.2", { responseMs: 0 })).toMatchObject(
      { ok: true, emailVerified: false },
    );

    const otherActor = {
      id: other.id,
      name: other.name,
      email: other.email,
      role: other.role,
      providerId: null,
      membershipStatus: null,
      councilId: null,
    };
    expect(await verifyEmail(db, { token, actor: otherActor, origin: "test" })).toEqual({
      ok: false,
      reason: "other_account",
    });
    expect(await verifyEmail(db, { token, actor: null, origin: "test" })).toEqual({ ok: true, userId: user.id });
    expect(await verifyEmail(db, { token, actor: null, origin: "test" })).toEqual({ ok: false, reason: "used" });
    expect(await verifyCredentials(db, user.email, "het-oude-wachtwoord", "10.2.2.2", { responseMs: 0 })).toMatchObject(
      { ok: true, emailVerified: true },
    );
    // A verified address gets no new link.
    const before = (await db.select().from(outbox).where(eq(outbox.recipient, user.email))).length;
    await resendVerification(db, { email: user.email, origin: "test", siteUrl: SITE });
    expect(await db.select().from(outbox).where(eq(outbox.recipient, user.email))).toHaveLength(before);
  });

  it("password change: the current password is required, other sessions end, this one stays", async () => {
    const db = getDb();
    const user = await person(db, "wijzig@example.nl");
    const actor = {
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      providerId: null,
      membershipStatus: null,
      councilId: null,
    };
    const current = await startSession(db, user.id);
    const other = await startSession(db, user.id);
    const ctx = { db, actor, origin: "test" };
    const input = { password: "een-gloednieuw-wachtwoord", address: "10.3.3.3", currentSessionId: current };
    await expect(changeOwnPassword(ctx, { ...input, currentPassword: "geraden" })).rejects.toBeInstanceOf(
      DomainRuleError,
    );
    const [denied] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "account.password_change"), eq(auditLog.objectId, user.id)));
    expect(denied).toMatchObject({ result: "denied" });
    expect(JSON.stringify(denied)).not.toContain("geraden");
    await changeOwnPassword(ctx, { ...input, currentPassword: "het-oude-wachtwoord" });
    const left = await db.select().from(userSessions).where(eq(userSessions.userId, user.id));
    expect(left.map((r) => r.id)).toEqual([current]);
    expect(other).not.toBe(current);
    expect(
      await verifyCredentials(db, user.email, "een-gloednieuw-wachtwoord", "10.3.3.4", { responseMs: 0 }),
    ).toMatchObject({ ok: true });
  });
});

import { randomBytes } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Database } from "@/db/connection";
import { auditLog, notifications, users, userSessions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/auth/roles";
import { sessionLimits } from "@/lib/auth/session-limits";
import { signOutElsewhere } from "@/lib/auth/session-writes";
import {
  actorForSession,
  listOwnSessions,
  purgeExpiredSessions,
  startSession,
  visitForSession,
} from "@/lib/auth/sessions";
import { describeEachDatabase } from "@/tests/helpers/test-db";

const LIMITS = sessionLimits({});
const T0 = new Date("2026-03-02T08:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const HOUR = 60;

async function createUser(db: Database, role: Role): Promise<Actor> {
  const [u] = await db
    .insert(users)
    .values({ email: `${role}-${randomBytes(4).toString("hex")}@example.nl`, name: role, role })
    .returning();
  return { ...u!, membershipStatus: null };
}

const sessionRows = (db: Database, userIds: string[]) =>
  db.select().from(userSessions).where(inArray(userSessions.userId, userIds));

describeEachDatabase("session lifetime", (getDb) => {
  it("reads the header's unread notifications with the session: only the owner's, only the unread", async () => {
    const db = getDb();
    const [user, other] = [await createUser(db, "officer"), await createUser(db, "officer")];
    const sid = await startSession(db, user.id, T0, LIMITS);
    expect(await visitForSession(db, sid, at(1), undefined, LIMITS)).toMatchObject({
      actor: { id: user.id },
      unreadNotifications: 0,
    });
    const note = (userId: string, readAt: Date | null) => ({ userId, title: "Melding", body: "Tekst", readAt });
    await db.insert(notifications).values([note(user.id, null), note(user.id, null), note(user.id, at(1))]);
    await db.insert(notifications).values([note(other.id, null)]);
    const visit = await visitForSession(db, sid, at(2), undefined, LIMITS);
    expect(visit?.unreadNotifications).toBe(2);
    expect(visit?.actor).toEqual(await actorForSession(db, sid, at(2), undefined, LIMITS));
    expect(Object.keys(visit!.actor).sort()).toEqual(
      ["councilId", "email", "id", "membershipStatus", "name", "providerId", "role"].sort(),
    );
    await db.update(users).set({ disabled: true }).where(eq(users.id, user.id));
    expect(await visitForSession(db, sid, at(3), undefined, LIMITS)).toBeNull();
  });

  it("ends an officer's or administrator's session after 30 idle minutes, and activity keeps it alive", async () => {
    const db = getDb();
    for (const role of ["officer", "admin"] as const) {
      const user = await createUser(db, role);
      const sid = await startSession(db, user.id, T0, LIMITS);
      expect(await actorForSession(db, sid, at(29), undefined, LIMITS)).toMatchObject({ id: user.id });
      expect(await actorForSession(db, sid, at(58), undefined, LIMITS)).toMatchObject({ id: user.id });
      expect(await actorForSession(db, sid, at(58 + 30), undefined, LIMITS)).toBeNull();
      // The stale row is gone at once, not merely ignored.
      expect(await sessionRows(db, [user.id])).toEqual([]);
    }
  });

  it("gives everyone else 8 idle hours, and no session outlives its absolute lifetime", async () => {
    const db = getDb();
    const resident = await createUser(db, "resident");
    const idle = await startSession(db, resident.id, T0, LIMITS);
    expect(await actorForSession(db, idle, at(8 * HOUR - 1), undefined, LIMITS)).not.toBeNull();
    const idleLater = await startSession(db, resident.id, T0, LIMITS);
    expect(await actorForSession(db, idleLater, at(8 * HOUR), undefined, LIMITS)).toBeNull();

    // Active every hour, still signed out after 12 hours.
    const busy = await startSession(db, resident.id, T0, LIMITS);
    for (let h = 1; h < 12; h++)
      expect(await actorForSession(db, busy, at(h * HOUR), undefined, LIMITS)).not.toBeNull();
    expect(await actorForSession(db, busy, at(12 * HOUR), undefined, LIMITS)).toBeNull();
  });

  it("follows the configured limits and a change of role at once", async () => {
    const db = getDb();
    const limits = sessionLimits({
      SESSION_IDLE_MINUTES_STAFF: "5",
      SESSION_IDLE_MINUTES: "20",
      SESSION_MAX_HOURS: "1",
    });
    const user = await createUser(db, "provider_member");
    const sid = await startSession(db, user.id, T0, limits);
    expect(await actorForSession(db, sid, at(19), undefined, limits)).not.toBeNull();
    await db.update(users).set({ role: "officer" }).where(eq(users.id, user.id));
    expect(await actorForSession(db, sid, at(19 + 5), undefined, limits)).toBeNull();

    const short = await startSession(db, user.id, T0, limits);
    for (const m of [4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 44, 48, 52, 56]) {
      expect(await actorForSession(db, short, at(m), undefined, limits)).not.toBeNull();
    }
    expect(await actorForSession(db, short, at(60), undefined, limits)).toBeNull();
  });

  it("records activity at most once a minute, and at once when the address or browser changes", async () => {
    const db = getDb();
    const user = await createUser(db, "resident");
    const sid = await startSession(db, user.id, T0, LIMITS);
    const seen = { address: "198.51.100.4", userAgent: "Firefox" };
    await actorForSession(db, sid, at(0.5), seen, LIMITS);
    let [row] = await sessionRows(db, [user.id]);
    expect(row).toMatchObject({ lastAddress: "198.51.100.4", userAgent: "Firefox", lastSeenAt: at(0.5) });
    await actorForSession(db, sid, at(1), seen, LIMITS);
    [row] = await sessionRows(db, [user.id]);
    expect(row?.lastSeenAt).toEqual(at(0.5));
    await actorForSession(db, sid, at(1.6), seen, LIMITS);
    [row] = await sessionRows(db, [user.id]);
    expect(row?.lastSeenAt).toEqual(at(1.6));
    await actorForSession(db, sid, at(1.7), { ...seen, address: "203.0.113.9" }, LIMITS);
    [row] = await sessionRows(db, [user.id]);
    expect(row).toMatchObject({ lastAddress: "203.0.113.9", lastSeenAt: at(1.7) });
  });
});

describeEachDatabase("session purge", (getDb) => {
  it("removes sessions past their absolute end or idle past their role's limit, and keeps the rest", async () => {
    const db = getDb();
    const officer = await createUser(db, "officer");
    const resident = await createUser(db, "resident");
    const now = at(13 * HOUR);
    const insert = (userId: string, label: string, createdMin: number, lastSeenMin: number) =>
      db
        .insert(userSessions)
        .values({
          id: `${label}-${randomBytes(4).toString("hex")}`,
          userId,
          createdAt: at(createdMin),
          lastSeenAt: at(lastSeenMin),
          expiresAt: at(createdMin + 12 * HOUR),
        })
        .returning({ id: userSessions.id });
    await insert(officer.id, "officer-absolute", 0, 13 * HOUR - 1);
    await insert(officer.id, "officer-idle", HOUR, 13 * HOUR - 31);
    const [officerLive] = await insert(officer.id, "officer-live", 2 * HOUR, 13 * HOUR - 29);
    await insert(resident.id, "resident-idle", HOUR + 30, HOUR + 30);
    const [residentLive] = await insert(resident.id, "resident-live", 6 * HOUR, 13 * HOUR - 31);

    expect(await purgeExpiredSessions(db, now, LIMITS)).toBeGreaterThanOrEqual(3);
    const left = await sessionRows(db, [officer.id, resident.id]);
    expect(left.map((r) => r.id).sort()).toEqual([officerLive!.id, residentLive!.id].sort());
    expect(await purgeExpiredSessions(db, now, LIMITS)).toBe(0);
  });

  it("clears expired sessions at sign-in", async () => {
    const db = getDb();
    const user = await createUser(db, "resident");
    const old = await startSession(db, user.id, T0, LIMITS);
    const fresh = await startSession(db, user.id, at(12 * HOUR + 1), LIMITS);
    const ids = (await sessionRows(db, [user.id])).map((r) => r.id);
    expect(ids).toEqual([fresh]);
    expect(ids).not.toContain(old);
  });
});

describeEachDatabase("own sessions", (getDb) => {
  it("lists an account's live sessions without their ids, marking the current one", async () => {
    const db = getDb();
    const user = await createUser(db, "officer");
    const other = await createUser(db, "officer");
    const current = await startSession(db, user.id, at(0), LIMITS);
    await startSession(db, user.id, at(5), LIMITS);
    await startSession(db, user.id, at(-31), LIMITS);
    await startSession(db, other.id, at(5), LIMITS);
    await actorForSession(db, current, at(10), { address: "192.0.2.1", userAgent: "Chromium" }, LIMITS);

    const list = await listOwnSessions(db, user, current, at(10), LIMITS);
    expect(list).toHaveLength(2);
    expect(list[0]).toEqual({
      current: true,
      createdAt: at(0),
      lastSeenAt: at(10),
      endsAt: at(40),
      lastAddress: "192.0.2.1",
      userAgent: "Chromium",
    });
    expect(list[1]).toMatchObject({ current: false, endsAt: at(35) });
    expect(JSON.stringify(list)).not.toContain(current);
  });

  it("signs out everywhere else, audited, leaving the current session and other accounts alone", async () => {
    const db = getDb();
    const user = await createUser(db, "resident");
    const other = await createUser(db, "resident");
    const now = new Date();
    const current = await startSession(db, user.id, now, LIMITS);
    const laptop = await startSession(db, user.id, now, LIMITS);
    const phone = await startSession(db, user.id, now, LIMITS);
    const theirs = await startSession(db, other.id, now, LIMITS);

    expect(await signOutElsewhere({ db, actor: user, origin: "web:192.0.2.1" }, current)).toBe(2);
    for (const ended of [laptop, phone]) expect(await actorForSession(db, ended, now, undefined, LIMITS)).toBeNull();
    expect(await actorForSession(db, current, now, undefined, LIMITS)).toMatchObject({ id: user.id });
    expect(await actorForSession(db, theirs, now, undefined, LIMITS)).toMatchObject({ id: other.id });
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.action, "session.end_others"));
    expect(entry).toMatchObject({
      actorId: user.id,
      objectId: user.id,
      origin: "web:192.0.2.1",
      details: { ended: 2 },
    });
  });
});

import { randomBytes } from "node:crypto";
import { and, eq, inArray, lte, ne, notInArray, or, sql } from "drizzle-orm";
import { notifications, users, userSessions } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { preparedStatement } from "@/db/prepared";
import type { Actor } from "./actor";
import { idleMinutesFor, sessionAlive, sessionLimits, STAFF_ROLES, type SessionLimits } from "./session-limits";

/** The absolute lifetime in hours; the signed cookie lives exactly as long. */
export const SESSION_HOURS = sessionLimits().absoluteHours;

/** Activity is written at most once a minute per session, so reading a page stays a single query. */
const TOUCH_INTERVAL_MS = 60_000;

/** Where the latest request of a session came from, as the owner will see it in their list. */
export type SessionSighting = { address: string; userAgent: string };

/**
 * A fresh session id at every sign-in, so an id known before login is worthless after it. Sign-in is
 * also when ended sessions are cleared away (a scheduled job can call purgeExpiredSessions as well).
 */
export async function startSession(
  db: Executor,
  userId: string,
  now = new Date(),
  limits: SessionLimits = sessionLimits(),
): Promise<string> {
  await purgeExpiredSessions(db, now, limits);
  const id = randomBytes(32).toString("base64url");
  await db.insert(userSessions).values({
    id,
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + limits.absoluteHours * 3600_000),
  });
  return id;
}

/**
 * Deletes every session past its absolute end or idle for longer than its owner's role allows.
 * Returns how many rows went.
 */
export async function purgeExpiredSessions(
  db: Executor,
  now = new Date(),
  limits: SessionLimits = sessionLimits(),
): Promise<number> {
  const idleSince = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
  const staff = db.select({ id: users.id }).from(users).where(inArray(users.role, STAFF_ROLES));
  const gone = await db
    .delete(userSessions)
    .where(
      or(
        lte(userSessions.expiresAt, now),
        and(inArray(userSessions.userId, staff), lte(userSessions.lastSeenAt, idleSince(limits.staffIdleMinutes))),
        and(notInArray(userSessions.userId, staff), lte(userSessions.lastSeenAt, idleSince(limits.idleMinutes))),
      ),
    )
    .returning({ id: userSessions.id });
  return gone.length;
}

export async function endSession(db: Executor, sessionId: string): Promise<void> {
  await db.delete(userSessions).where(eq(userSessions.id, sessionId));
}

export async function endAllSessionsOf(db: Executor, userId: string): Promise<void> {
  await db.delete(userSessions).where(eq(userSessions.userId, userId));
}

/** Ends every session of the user except the one given; returns how many ended. */
export async function endOtherSessionsOf(db: Executor, userId: string, keepSessionId: string): Promise<number> {
  const gone = await db
    .delete(userSessions)
    .where(and(eq(userSessions.userId, userId), ne(userSessions.id, keepSessionId)))
    .returning({ id: userSessions.id });
  return gone.length;
}

/** The signed-in actor and what every page's header shows about them. */
export type SessionVisit = { actor: Actor; unreadNotifications: number };

/**
 * Resolves a session id to the actor, checked against the database on every request: an ended,
 * expired or idle session or a disabled account yields null at once. A live session's activity is
 * recorded, so its idle timeout starts again.
 */
export async function actorForSession(
  db: Executor,
  sessionId: string,
  now = new Date(),
  sighting?: SessionSighting,
  limits: SessionLimits = sessionLimits(),
): Promise<Actor | null> {
  return (await visitForSession(db, sessionId, now, sighting, limits))?.actor ?? null;
}

/** The session with its account and the header's unread count: one statement of a fixed shape, built once. */
const visitStatement = preparedStatement("session_visit", (db: Executor, name) =>
  db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      providerId: users.providerId,
      membershipStatus: users.membershipStatus,
      councilId: users.councilId,
      disabled: users.disabled,
      expiresAt: userSessions.expiresAt,
      lastSeenAt: userSessions.lastSeenAt,
      lastAddress: userSessions.lastAddress,
      userAgent: userSessions.userAgent,
      unreadNotifications: sql<number>`(select count(*) from ${notifications}
          where ${notifications.userId} = ${users.id} and ${notifications.readAt} is null)::int`,
    })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(eq(userSessions.id, sql.placeholder("sessionId")))
    .prepare(name),
);

/**
 * `actorForSession` with the number of unread notifications of the header, in the same statement: every
 * signed-in page needs both, and on a busy server each round trip to the database costs more than the
 * count itself.
 */
export async function visitForSession(
  db: Executor,
  sessionId: string,
  now = new Date(),
  sighting?: SessionSighting,
  limits: SessionLimits = sessionLimits(),
): Promise<SessionVisit | null> {
  const [row] = await visitStatement(db).execute({ sessionId });
  if (!row || row.disabled) return null;
  if (!sessionAlive(row, row.role, limits, now)) {
    await endSession(db, sessionId);
    return null;
  }
  const { disabled: _d, expiresAt: _e, lastSeenAt, lastAddress, userAgent, unreadNotifications, ...actor } = row;
  const moved = sighting && (sighting.address !== lastAddress || sighting.userAgent !== userAgent);
  if (moved || now.getTime() - lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
    await db
      .update(userSessions)
      .set({ lastSeenAt: now, ...(sighting ? { lastAddress: sighting.address, userAgent: sighting.userAgent } : {}) })
      .where(eq(userSessions.id, sessionId));
  }
  return { actor, unreadNotifications: Number(unreadNotifications) };
}

export type OwnSession = {
  /** Whether this is the session the list is shown in. */
  current: boolean;
  createdAt: Date;
  lastSeenAt: Date;
  /** When the session ends if nothing more happens: the idle end or the absolute end, whichever comes first. */
  endsAt: Date;
  lastAddress: string | null;
  userAgent: string | null;
};

/**
 * The live sessions of one account, newest activity first, for its owner. Session ids stay out of the
 * result: the page needs only to know which one is the current session.
 */
export async function listOwnSessions(
  db: Executor,
  actor: Actor,
  currentSessionId: string | null,
  now = new Date(),
  limits: SessionLimits = sessionLimits(),
): Promise<OwnSession[]> {
  const rows = await db.select().from(userSessions).where(eq(userSessions.userId, actor.id));
  const idleMs = idleMinutesFor(actor.role, limits) * 60_000;
  return rows
    .filter((r) => sessionAlive(r, actor.role, limits, now))
    .sort((a, b) => b.lastSeenAt.getTime() - a.lastSeenAt.getTime())
    .map((r) => ({
      current: r.id === currentSessionId,
      createdAt: r.createdAt,
      lastSeenAt: r.lastSeenAt,
      endsAt: new Date(Math.min(r.expiresAt.getTime(), r.lastSeenAt.getTime() + idleMs)),
      lastAddress: r.lastAddress,
      userAgent: r.userAgent,
    }));
}

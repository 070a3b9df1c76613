import { randomBytes } from "node:crypto";
import { and, eq, gt } from "drizzle-orm";
import { users, userSessions } from "@/db/schema";
import type { Executor } from "@/db/connection";
import type { Actor } from "./actor";

export const SESSION_HOURS = 8;

/** A fresh session id at every sign-in, so an id known before login is worthless after it. */
export async function startSession(db: Executor, userId: string, now = new Date()): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  await db
    .insert(userSessions)
    .values({ id, userId, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_HOURS * 3600_000) });
  return id;
}

export async function endSession(db: Executor, sessionId: string): Promise<void> {
  await db.delete(userSessions).where(eq(userSessions.id, sessionId));
}

export async function endAllSessionsOf(db: Executor, userId: string): Promise<void> {
  await db.delete(userSessions).where(eq(userSessions.userId, userId));
}

/**
 * Resolves a session id to the actor, checked against the database on every request:
 * an ended session or a disabled account yields null at once.
 */
export async function actorForSession(db: Executor, sessionId: string, now = new Date()): Promise<Actor | null> {
  const [row] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      providerId: users.providerId,
      membershipStatus: users.membershipStatus,
      councilId: users.councilId,
      disabled: users.disabled,
    })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(and(eq(userSessions.id, sessionId), gt(userSessions.expiresAt, now)));
  if (!row || row.disabled) return null;
  const { disabled: _disabled, ...actor } = row;
  return actor;
}

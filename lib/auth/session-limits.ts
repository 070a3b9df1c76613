import type { Role } from "./roles";

type Env = Record<string, string | undefined>;

export type SessionLimits = {
  /** Minutes without a request after which a session of an officer or administrator ends. */
  staffIdleMinutes: number;
  /** The same for everyone else. */
  idleMinutes: number;
  /** Hours after sign-in after which every session ends, active or not. */
  absoluteHours: number;
};

/** Roles that reach unredacted minutes, closed consultations or accounts: they get the short idle timeout. */
export const STAFF_ROLES = ["officer", "admin"] as const satisfies readonly Role[];

const SETTINGS = {
  staffIdleMinutes: { name: "SESSION_IDLE_MINUTES_STAFF", fallback: 30 },
  idleMinutes: { name: "SESSION_IDLE_MINUTES", fallback: 8 * 60 },
  absoluteHours: { name: "SESSION_MAX_HOURS", fallback: 12 },
} as const;

/**
 * The session limits from the environment (BIO and ASVS 3.3: an idle timeout and an absolute lifetime).
 * A value that is not a positive whole number is an error naming the setting, never a silent default.
 */
export function sessionLimits(env: Env = process.env): SessionLimits {
  const read = ({ name, fallback }: { name: string; fallback: number }) => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    if (!/^\d+$/.test(raw) || Number(raw) < 1) {
      throw new Error(`${name} moet een positief geheel getal zijn, niet "${raw}"`);
    }
    return Number(raw);
  };
  return {
    staffIdleMinutes: read(SETTINGS.staffIdleMinutes),
    idleMinutes: read(SETTINGS.idleMinutes),
    absoluteHours: read(SETTINGS.absoluteHours),
  };
}

export const isStaffRole = (role: Role) => (STAFF_ROLES as readonly Role[]).includes(role);

export function idleMinutesFor(role: Role, limits: SessionLimits): number {
  return isStaffRole(role) ? limits.staffIdleMinutes : limits.idleMinutes;
}

/** Whether a session is still alive at `now`: before its absolute end and not idle for too long. */
export function sessionAlive(
  session: { expiresAt: Date; lastSeenAt: Date },
  role: Role,
  limits: SessionLimits,
  now: Date,
): boolean {
  if (session.expiresAt.getTime() <= now.getTime()) return false;
  return now.getTime() - session.lastSeenAt.getTime() < idleMinutesFor(role, limits) * 60_000;
}

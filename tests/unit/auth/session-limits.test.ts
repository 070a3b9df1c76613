import { describe, expect, it } from "vitest";
import { idleMinutesFor, sessionAlive, sessionLimits } from "@/lib/auth/session-limits";

describe("sessionLimits", () => {
  it("defaults to 30 idle minutes for officers and administrators, 8 hours for others, 12 hours at most", () => {
    const limits = sessionLimits({});
    expect(limits).toEqual({ staffIdleMinutes: 30, idleMinutes: 480, absoluteHours: 12 });
    expect(idleMinutesFor("officer", limits)).toBe(30);
    expect(idleMinutesFor("admin", limits)).toBe(30);
    expect(idleMinutesFor("provider_member", limits)).toBe(480);
    expect(idleMinutesFor("resident", limits)).toBe(480);
  });

  it("reads the settings from the environment", () => {
    expect(
      sessionLimits({ SESSION_IDLE_MINUTES_STAFF: "15", SESSION_IDLE_MINUTES: " 60 ", SESSION_MAX_HOURS: "24" }),
    ).toEqual({ staffIdleMinutes: 15, idleMinutes: 60, absoluteHours: 24 });
  });

  it.each(["0", "-5", "1.5", "dertig", "30m"])("refuses %j with the setting's name", (value) => {
    expect(() => sessionLimits({ SESSION_IDLE_MINUTES_STAFF: value })).toThrow(/SESSION_IDLE_MINUTES_STAFF/);
    expect(() => sessionLimits({ SESSION_MAX_HOURS: value })).toThrow(/SESSION_MAX_HOURS/);
  });
});

describe("sessionAlive", () => {
  const limits = sessionLimits({});
  const t = (min: number) => new Date(Date.UTC(2026, 0, 1, 8, min));
  const session = { lastSeenAt: t(0), expiresAt: t(600) };
  it("ends exactly at the idle limit and at the absolute end", () => {
    expect(sessionAlive(session, "officer", limits, t(29))).toBe(true);
    expect(sessionAlive(session, "officer", limits, t(30))).toBe(false);
    expect(sessionAlive({ ...session, lastSeenAt: t(599) }, "resident", limits, t(599))).toBe(true);
    expect(sessionAlive({ ...session, lastSeenAt: t(599) }, "resident", limits, t(600))).toBe(false);
  });
});

import { encode } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";
import { authSecret, sessionIdFromCookieHeader } from "@/lib/auth/session-token";

const SECRET = "a-test-secret-of-sufficient-length-0123456789";
const NAME = "authjs.session-token";
const SECURE_NAME = "__Secure-authjs.session-token";

const token = (claims: Record<string, unknown>, opts: { secret?: string; salt?: string; maxAge?: number } = {}) =>
  encode({ token: claims, secret: opts.secret ?? SECRET, salt: opts.salt ?? NAME, maxAge: opts.maxAge });

describe("sessionIdFromCookieHeader", () => {
  it("reads the session id from a valid token", async () => {
    expect(await sessionIdFromCookieHeader(`${NAME}=${await token({ sid: "s-1" })}`, SECRET)).toBe("s-1");
  });

  it("finds the token among other cookies", async () => {
    const header = `authjs.csrf-token=abc; ${NAME}=${await token({ sid: "s-2" })}; theme=dark`;
    expect(await sessionIdFromCookieHeader(header, SECRET)).toBe("s-2");
  });

  it("reads the HTTPS cookie, whose name is part of its key", async () => {
    expect(
      await sessionIdFromCookieHeader(`${SECURE_NAME}=${await token({ sid: "s-3" }, { salt: SECURE_NAME })}`, SECRET),
    ).toBe("s-3");
    // A token made for the plain name does not verify under the secure name.
    expect(await sessionIdFromCookieHeader(`${SECURE_NAME}=${await token({ sid: "s-3" })}`, SECRET)).toBeNull();
  });

  it("joins a token split over numbered cookies", async () => {
    const value = await token({ sid: "s-4" });
    const half = Math.floor(value.length / 2);
    const header = `${NAME}.1=${value.slice(half)}; ${NAME}.0=${value.slice(0, half)}`;
    expect(await sessionIdFromCookieHeader(header, SECRET)).toBe("s-4");
  });

  it("accepts a token under any of several secrets, for rotation", async () => {
    expect(
      await sessionIdFromCookieHeader(`${NAME}=${await token({ sid: "s-5" }, { secret: "old-secret" })}`, [
        "new-secret",
        "old-secret",
      ]),
    ).toBe("s-5");
  });

  it.each([
    ["no cookie header", () => Promise.resolve(null)],
    ["no session cookie", () => Promise.resolve("authjs.csrf-token=abc; theme=dark")],
    ["another secret", async () => `${NAME}=${await token({ sid: "s" }, { secret: "someone-else" })}`],
    ["a tampered token", async () => `${NAME}=${(await token({ sid: "s" })).slice(0, -4)}AAAA`],
    ["garbage", () => Promise.resolve(`${NAME}=not-a-token`)],
    ["an expired token", async () => `${NAME}=${await token({ sid: "s" }, { maxAge: -60 })}`],
    ["a token without a session id", async () => `${NAME}=${await token({ sub: "user" })}`],
    ["a session id that is not a string", async () => `${NAME}=${await token({ sid: 42 })}`],
  ])("answers null for %s", async (_label, header) => {
    expect(await sessionIdFromCookieHeader(await header(), SECRET)).toBeNull();
  });

  it("keeps a verified token's session id until the token expires, and never a refused one", async () => {
    vi.useFakeTimers({ now: Date.now(), toFake: ["Date"] });
    try {
      const header = `${NAME}=${await token({ sid: "s-6" }, { maxAge: 60 })}`;
      expect(await sessionIdFromCookieHeader(header, SECRET)).toBe("s-6");
      // Kept per secret: the same cookie under another secret is decoded, and refused, afresh.
      expect(await sessionIdFromCookieHeader(header, "another-secret")).toBeNull();
      expect(await sessionIdFromCookieHeader(header, SECRET)).toBe("s-6");
      // Past its expiry and the fifteen seconds of clock tolerance Auth.js allows.
      vi.advanceTimersByTime(76_000);
      expect(await sessionIdFromCookieHeader(header, SECRET)).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it("answers null without a secret rather than trusting anything", async () => {
    expect(await sessionIdFromCookieHeader(`${NAME}=${await token({ sid: "s" })}`, undefined)).toBeNull();
  });
});

describe("authSecret", () => {
  it("prefers AUTH_SECRET and falls back to NEXTAUTH_SECRET", () => {
    expect(authSecret({ AUTH_SECRET: "a", NEXTAUTH_SECRET: "b" })).toBe("a");
    expect(authSecret({ NEXTAUTH_SECRET: "b" })).toBe("b");
    expect(authSecret({})).toBeUndefined();
  });
});

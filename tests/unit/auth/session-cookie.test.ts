import { describe, expect, it } from "vitest";
import { hasSessionCookie } from "@/lib/auth/session-cookie";

describe("hasSessionCookie", () => {
  it.each([
    [["authjs.session-token"], true],
    [["__Secure-authjs.session-token"], true],
    [["authjs.session-token.0", "authjs.session-token.1"], true],
    [["authjs.csrf-token", "authjs.session-token"], true],
    [[], false],
    [["authjs.csrf-token", "authjs.callback-url"], false],
    [["__Host-authjs.csrf-token"], false],
    [["x-authjs.session-token"], false],
    [["authjs.session-token.x"], false],
    [["authjs.session-token-old"], false],
  ])("%j → %s", (names, expected) => {
    expect(hasSessionCookie(names)).toBe(expected);
  });
});

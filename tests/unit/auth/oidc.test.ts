import { describe, expect, it } from "vitest";
import { oidcSettingsFromEnv } from "@/lib/auth/oidc";
import { isLockedOut, LOGIN_LIMITS } from "@/lib/auth/rate-limit";

describe("oidcSettingsFromEnv", () => {
  it("is off unless issuer, client id and secret are all set", () => {
    expect(oidcSettingsFromEnv({})).toBeNull();
    expect(oidcSettingsFromEnv({ AUTH_OIDC_ISSUER: "https://idp.example", AUTH_OIDC_CLIENT_ID: "portaal" })).toBeNull();
  });
  it("builds a generic OIDC provider with a Dutch default name", () => {
    expect(
      oidcSettingsFromEnv({
        AUTH_OIDC_ISSUER: "https://idp.example",
        AUTH_OIDC_CLIENT_ID: "portaal",
        AUTH_OIDC_CLIENT_SECRET: "geheim",
      }),
    ).toEqual({
      id: "oidc",
      type: "oidc",
      name: "Inloggen via uw organisatie",
      issuer: "https://idp.example",
      clientId: "portaal",
      clientSecret: "geheim",
    });
    expect(
      oidcSettingsFromEnv({
        AUTH_OIDC_ISSUER: "i",
        AUTH_OIDC_CLIENT_ID: "c",
        AUTH_OIDC_CLIENT_SECRET: "s",
        AUTH_OIDC_NAME: "eHerkenning",
      })?.name,
    ).toBe("eHerkenning");
  });
});

describe("isLockedOut", () => {
  it("locks at the limit per account or per address, not before", () => {
    expect(isLockedOut({ account: LOGIN_LIMITS.perAccount - 1, address: LOGIN_LIMITS.perAddress - 1 })).toBe(false);
    expect(isLockedOut({ account: LOGIN_LIMITS.perAccount, address: 0 })).toBe(true);
    expect(isLockedOut({ account: 0, address: LOGIN_LIMITS.perAddress })).toBe(true);
  });
});

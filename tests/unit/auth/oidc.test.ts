import { describe, expect, it } from "vitest";
import { oidcSettingsFromEnv } from "@/lib/auth/oidc";

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

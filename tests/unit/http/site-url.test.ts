import { describe, expect, it } from "vitest";
import { absoluteUrl, configuredSiteUrl, siteUrl } from "@/lib/http/site-url";

describe("siteUrl", () => {
  it("prefers SITE_URL, then AUTH_URL, without a trailing slash", () => {
    expect(siteUrl({ SITE_URL: "https://portaal.example/", AUTH_URL: "https://auth.example" })).toBe(
      "https://portaal.example",
    );
    expect(siteUrl({ AUTH_URL: "https://portaal.example" })).toBe("https://portaal.example");
    expect(siteUrl({ SITE_URL: "https://gemeente.example/inkoop/" })).toBe("https://gemeente.example/inkoop");
  });

  it("drops Auth.js's own route from AUTH_URL", () => {
    expect(siteUrl({ AUTH_URL: "https://gemeente.example/inkoop/api/auth" })).toBe("https://gemeente.example/inkoop");
  });

  it("refuses what is not an http(s) address", () => {
    expect(() => siteUrl({ SITE_URL: "portaal.example" })).toThrow(/SITE_URL is geen geldig adres/);
    expect(() => siteUrl({ AUTH_URL: "javascript:alert(1)" })).toThrow(/AUTH_URL moet met http/);
  });

  it("without a setting: this machine outside production, an error in production", () => {
    expect(configuredSiteUrl({})).toBeNull();
    expect(siteUrl({ NODE_ENV: "test", PORT: "3106" })).toBe("http://localhost:3106");
    expect(() => siteUrl({ NODE_ENV: "production" })).toThrow(/SITE_URL \(of AUTH_URL\) ontbreekt/);
  });

  it("builds absolute links with exactly one slash", () => {
    const env = { SITE_URL: "https://portaal.example/" };
    expect(absoluteUrl("/meldingen", env)).toBe("https://portaal.example/meldingen");
    expect(absoluteUrl("meldingen", env)).toBe("https://portaal.example/meldingen");
  });
});

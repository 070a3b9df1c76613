import { describe, expect, it } from "vitest";
import { auditOrigin, clientAddress, isSameOrigin } from "@/lib/http/request-origin";
import { contentSecurityPolicy } from "@/lib/http/security-headers";
import { formValues } from "@/lib/http/form-state";
import { safeReturnPath } from "@/lib/auth/validation";

const req = (headers: Record<string, string>) =>
  new Request("http://portaal.example/beheer", { method: "POST", headers });

describe("isSameOrigin", () => {
  it("accepts the site's own origin and refuses others or none", () => {
    expect(isSameOrigin(req({ origin: "http://portaal.example", host: "portaal.example" }))).toBe(true);
    expect(isSameOrigin(req({ origin: "https://evil.example", host: "portaal.example" }))).toBe(false);
    expect(isSameOrigin(req({ host: "portaal.example" }))).toBe(false);
    expect(isSameOrigin(req({ origin: "null", host: "portaal.example" }))).toBe(false);
    // A forwarded host counts only from a trusted proxy (tests/unit/http/trusted-proxies.test.ts).
    expect(
      isSameOrigin(req({ origin: "https://evil.example", host: "intern:3000", "x-forwarded-host": "evil.example" })),
    ).toBe(false);
  });
});

describe("client address and audit origin", () => {
  it("never takes the address from a header the client can send", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" }))).toBe("onbekend");
    expect(clientAddress(new Headers())).toBe("onbekend");
    expect(auditOrigin(new Headers({ "x-real-ip": "198.51.100.2", "user-agent": "Test" }))).toBe("web:onbekend (Test)");
  });
});

describe("contentSecurityPolicy", () => {
  it("allows only nonce scripts, forbids framing, and adds eval only in development", () => {
    const csp = contentSecurityPolicy("abc", { dev: false, https: true });
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("upgrade-insecure-requests");
    expect(csp).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy("abc", { dev: true, https: false })).toContain("'unsafe-eval'");
  });
});

describe("formValues", () => {
  it("drops Next's action fields and files, and keeps arrays where asked", () => {
    const fd = new FormData();
    fd.append("$ACTION_ID_123", "");
    fd.append("title", "Traject");
    fd.append("productIds", "a");
    fd.append("productIds", "b");
    fd.append("file", new File(["x"], "x.pdf"));
    expect(formValues(fd, ["productIds", "municipalityIds"])).toEqual({
      title: "Traject",
      productIds: ["a", "b"],
      municipalityIds: [],
    });
  });
});

describe("safeReturnPath", () => {
  it.each([
    ["/beheer/trajecten", "/beheer/trajecten"],
    ["//evil.example", "/"],
    ["/\\evil.example", "/"],
    ["https://evil.example", "/"],
    [undefined, "/"],
  ])("%j → %j", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });
});

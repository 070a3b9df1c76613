import { describe, expect, it } from "vitest";
import { oidcAssertsSecondFactor, oidcFactorSettingsFromEnv } from "@/lib/auth/oidc";
import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCodes } from "@/lib/auth/recovery-codes";
import { nextStep } from "@/lib/auth/sign-in-challenge";
import { delaySeconds, THROTTLE_POLICIES } from "@/lib/auth/throttle";
import { matchTotpStep, totpCode, totpStep, totpUri } from "@/lib/auth/totp";
import { codeField } from "@/lib/auth/validation";

// RFC 6238 appendix B: the ASCII secret "12345678901234567890", SHA-1.
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

describe("TOTP with a fixed clock", () => {
  it("matches the RFC 6238 test vectors (last six digits)", () => {
    expect(totpCode(RFC_SECRET, new Date(59_000))).toBe("287082");
    expect(totpCode(RFC_SECRET, new Date(1_111_111_109_000))).toBe("081804");
    expect(totpCode(RFC_SECRET, new Date(1_234_567_890_000))).toBe("005924");
  });

  it("accepts the current step and one either side, nothing further, and says which step", () => {
    const now = new Date("2026-03-02T09:00:10Z");
    const step = totpStep(now);
    const at = (offset: number) => new Date(now.getTime() + offset * 30_000);
    expect(matchTotpStep(RFC_SECRET, totpCode(RFC_SECRET, now), now)).toBe(step);
    expect(matchTotpStep(RFC_SECRET, totpCode(RFC_SECRET, at(-1)), now)).toBe(step - 1);
    expect(matchTotpStep(RFC_SECRET, totpCode(RFC_SECRET, at(1)), now)).toBe(step + 1);
    expect(matchTotpStep(RFC_SECRET, totpCode(RFC_SECRET, at(-2)), now)).toBeNull();
    expect(matchTotpStep(RFC_SECRET, totpCode(RFC_SECRET, at(2)), now)).toBeNull();
    expect(matchTotpStep(RFC_SECRET, "12345", now)).toBeNull();
    expect(matchTotpStep(RFC_SECRET, "abcdef", now)).toBeNull();
  });

  it("puts issuer, account and secret in the enrolment address", () => {
    expect(totpUri(RFC_SECRET, "inkoper@zaanstad.nl")).toBe(
      `otpauth://totp/Inkoopdialoog:inkoper%40zaanstad.nl?issuer=Inkoopdialoog&secret=${RFC_SECRET}&algorithm=SHA1&digits=6&period=30`,
    );
  });
});

describe("recovery codes", () => {
  it("are ten distinct readable codes whose hash ignores case, spaces and dashes", () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-hj-km-np-z2-9]{4}(-[a-hj-km-np-z2-9]{4}){3}$/);
    const code = codes[0]!;
    expect(hashRecoveryCode(code.toUpperCase().replace(/-/g, " "))).toBe(hashRecoveryCode(code));
    expect(hashRecoveryCode(code)).not.toContain(code.replace(/-/g, ""));
    expect(looksLikeRecoveryCode(code)).toBe(true);
    expect(looksLikeRecoveryCode("123456")).toBe(false);
  });

  it("the code field takes six digits or a recovery code, with a Dutch message otherwise", () => {
    expect(codeField.safeParse("123 456").success).toBe(true);
    expect(codeField.safeParse(newRecoveryCodes(1)[0]).success).toBe(true);
    expect(codeField.safeParse("12345").error?.issues[0]?.message).toContain("zes cijfers");
  });
});

describe("who needs which step", () => {
  it("officers and administrators enrol, others may; an enrolled factor is always asked", () => {
    expect(nextStep({ role: "officer", enrolled: false, factorAsserted: false })).toBe("enrol");
    expect(nextStep({ role: "admin", enrolled: false, factorAsserted: false })).toBe("enrol");
    expect(nextStep({ role: "resident", enrolled: false, factorAsserted: false })).toBe("done");
    expect(nextStep({ role: "provider_member", enrolled: true, factorAsserted: false })).toBe("verify");
    expect(nextStep({ role: "officer", enrolled: true, factorAsserted: false })).toBe("verify");
    expect(nextStep({ role: "officer", enrolled: false, factorAsserted: true })).toBe("done");
  });

  it("counts the identity provider as a second factor only when amr or acr says so, as configured", () => {
    const defaults = oidcFactorSettingsFromEnv({});
    expect(oidcAssertsSecondFactor({ amr: ["pwd", "otp"] }, defaults)).toBe(true);
    expect(oidcAssertsSecondFactor({ amr: ["mfa"] }, defaults)).toBe(true);
    expect(oidcAssertsSecondFactor({ amr: ["pwd"] }, defaults)).toBe(false);
    expect(oidcAssertsSecondFactor({ amr: "otp" }, defaults)).toBe(false);
    expect(oidcAssertsSecondFactor({}, defaults)).toBe(false);
    const acr = oidcFactorSettingsFromEnv({
      AUTH_OIDC_MFA_ACR: "urn:etoegang:core:assurance-class:loa3",
      AUTH_OIDC_MFA_AMR: "",
    });
    expect(oidcAssertsSecondFactor({ acr: "urn:etoegang:core:assurance-class:loa3" }, acr)).toBe(true);
    expect(oidcAssertsSecondFactor({ amr: ["mfa"] }, acr)).toBe(false);
    const never = oidcFactorSettingsFromEnv({ AUTH_OIDC_MFA: "never" });
    expect(oidcAssertsSecondFactor({ amr: ["mfa"] }, never)).toBe(false);
  });
});

describe("throttle delays", () => {
  it("are free up to the limit, then double up to the maximum", () => {
    const p = THROTTLE_POLICIES.account;
    expect(delaySeconds(p, p.freeFailures - 1)).toBe(0);
    expect(delaySeconds(p, p.freeFailures)).toBe(p.baseDelaySeconds);
    expect(delaySeconds(p, p.freeFailures + 1)).toBe(p.baseDelaySeconds * 2);
    expect(delaySeconds(p, p.freeFailures + 3)).toBe(p.baseDelaySeconds * 8);
    expect(delaySeconds(p, 10_000)).toBe(p.maxDelaySeconds);
  });
});

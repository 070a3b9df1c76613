import bcrypt from "bcryptjs";
import { describe, expect, it } from "vitest";
import { COMMON_PASSWORD_COUNT, isCommonPassword } from "@/lib/auth/common-passwords";
import { hashPassword, needsRehash, PASSWORD_MAX_LENGTH, verifyPassword } from "@/lib/auth/passwords";
import { passwordResetInput, registrationInput } from "@/lib/auth/validation";
import { zodFieldErrors } from "@/lib/validation/messages";

describe("password hashing", () => {
  it("hashes with Argon2id at the OWASP parameters and verifies", async () => {
    const hash = await hashPassword("een-heel-goed-wachtwoord");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, "een-heel-goed-wachtwoord")).toBe(true);
    expect(await verifyPassword(hash, "een-heel-goed-wachtwoorD")).toBe(false);
    expect(needsRehash(hash)).toBe(false);
  });

  it("still verifies bcrypt hashes, and marks them (and weaker Argon2) for rehashing", async () => {
    const old = await bcrypt.hash("oud-wachtwoord-123", 4);
    expect(await verifyPassword(old, "oud-wachtwoord-123")).toBe(true);
    expect(needsRehash(old)).toBe(true);
    expect(needsRehash("$argon2id$v=19$m=4096,t=3,p=1$c2FsdA$aGFzaA")).toBe(true);
    expect(await verifyPassword("not a hash", "x")).toBe(false);
  });

  it("never lets bcrypt's 72-byte truncation accept a longer password", async () => {
    const base = "a".repeat(72);
    const old = await bcrypt.hash(base, 4);
    expect(await verifyPassword(old, base)).toBe(true);
    expect(await verifyPassword(old, `${base}anything-after-72-bytes`)).toBe(false);
  });

  it("refuses anything over the maximum without hashing it", async () => {
    const long = "x".repeat(PASSWORD_MAX_LENGTH + 1);
    expect(await verifyPassword(await hashPassword("kort-maar-goed-genoeg"), long)).toBe(false);
  });
});

describe("common passwords", () => {
  it("ships at least the 10,000 most common passwords", () => {
    expect(COMMON_PASSWORD_COUNT()).toBeGreaterThanOrEqual(10_000);
  });

  it("refuses listed passwords in any case and with digits or symbols around them", () => {
    for (const p of ["password", "Qwertyuiop", "iloveyou", "PASSWORD123456", "!!sunshine2024", "1qaz2wsx3edc"])
      expect(isCommonPassword(p), p).toBe(true);
    for (const p of ["zeven-bruine-kikkers", "Welkom-demo-2026", "inkoop dialoog zaanstreek"])
      expect(isCommonPassword(p), p).toBe(false);
  });
});

describe("new password rules", () => {
  const base = { name: "Test Persoon", email: "t@example.nl", kind: "resident" as const };

  it("reports every problem of the form at once", () => {
    const parsed = registrationInput.safeParse({ ...base, password: "password1234", passwordRepeat: "anders" });
    expect(parsed.success).toBe(false);
    const errors = zodFieldErrors(parsed.error!);
    expect(errors.password?.join(" ")).toContain("veelgebruikte wachtwoorden");
    expect(errors.passwordRepeat).toEqual(["De wachtwoorden zijn niet gelijk."]);
  });

  it("refuses a password over the limit with a clear message instead of truncating it", () => {
    const long = "lang-".repeat(30);
    const parsed = passwordResetInput.safeParse({ token: "abc", password: long, passwordRepeat: long });
    expect(parsed.success).toBe(false);
    const messages = zodFieldErrors(parsed.error!).password ?? [];
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(`hoogstens ${PASSWORD_MAX_LENGTH} tekens`);
  });

  it("says too short and too common together", () => {
    const parsed = passwordResetInput.safeParse({ token: "abc", password: "dragon", passwordRepeat: "dragon" });
    const messages = zodFieldErrors(parsed.error!).password ?? [];
    expect(messages).toContain("Kies een wachtwoord van minstens 12 tekens.");
    expect(messages.join(" ")).toContain("veelgebruikte");
  });
});

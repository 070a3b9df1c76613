import { describe, expect, it } from "vitest";
import { loginInput, registrationInput } from "@/lib/auth/validation";
import { changeRoleInput, membershipDecisionInput, profileInput, setDisabledInput } from "@/lib/users/validation";

const UUID = "11111111-1111-4111-8111-111111111111";
const issuesOf = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; code: string }[] } }) =>
  r.success ? [] : (r.error?.issues ?? []).map((i) => String(i.path[0] ?? i.code));

describe("profileInput", () => {
  it("accepts a name and refuses a smuggled role or provider", () => {
    expect(profileInput.parse({ name: "  Ilse Inwoner " })).toEqual({ name: "Ilse Inwoner" });
    expect(issuesOf(profileInput.safeParse({ name: "Ilse", role: "admin" }))).toContain("unrecognized_keys");
    expect(issuesOf(profileInput.safeParse({ name: "Ilse", providerId: UUID }))).toContain("unrecognized_keys");
    expect(issuesOf(profileInput.safeParse({ name: "I" }))).toContain("name");
  });
});

describe("registrationInput", () => {
  const base = {
    name: "Nina Nieuw",
    email: "Nina@Example.nl ",
    password: "twaalf-tekens",
    passwordRepeat: "twaalf-tekens",
    kind: "resident",
  };
  it("normalises the e-mail address", () => {
    expect(registrationInput.parse(base).email).toBe("nina@example.nl");
  });
  it("names what is wrong", () => {
    expect(issuesOf(registrationInput.safeParse({ ...base, password: "kort", passwordRepeat: "kort" }))).toContain(
      "password",
    );
    expect(issuesOf(registrationInput.safeParse({ ...base, passwordRepeat: "anders-dan-dit" }))).toContain(
      "passwordRepeat",
    );
    expect(issuesOf(registrationInput.safeParse({ ...base, kind: "provider" }))).toContain("providerId");
    expect(issuesOf(registrationInput.safeParse({ ...base, kind: "council" }))).toContain("councilId");
    expect(issuesOf(registrationInput.safeParse({ ...base, kind: "admin" }))).toContain("kind");
    expect(issuesOf(registrationInput.safeParse({ ...base, role: "admin" }))).toContain("unrecognized_keys");
    expect(issuesOf(registrationInput.safeParse({ ...base, email: "geen-adres" }))).toContain("email");
  });
});

describe("admin inputs", () => {
  it("accept known roles and decisions only", () => {
    expect(changeRoleInput.safeParse({ userId: UUID, role: "officer" }).success).toBe(true);
    expect(changeRoleInput.safeParse({ userId: UUID, role: "superuser" }).success).toBe(false);
    expect(setDisabledInput.parse({ userId: UUID, disabled: "true" })).toEqual({ userId: UUID, disabled: true });
    expect(setDisabledInput.safeParse({ userId: UUID, disabled: "ja" }).success).toBe(false);
    expect(membershipDecisionInput.safeParse({ userId: UUID, decision: "approved" }).success).toBe(true);
    expect(membershipDecisionInput.safeParse({ userId: "x", decision: "approved" }).success).toBe(false);
  });
  it("refuses a login with extra fields", () => {
    expect(loginInput.safeParse({ email: "a@b.nl", password: "x", role: "admin" }).success).toBe(false);
  });
});

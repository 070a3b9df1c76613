import { describe, expect, it } from "vitest";
import { PHASES } from "@/lib/trajectory/constants";
import { euroAmount, phaseMoveInput, trajectoryInput } from "@/lib/trajectory/validation";

const P1 = "11111111-1111-4111-8111-111111111111";
const M1 = "22222222-2222-4222-8222-222222222222";

function valid(overrides: Record<string, unknown> = {}) {
  const plan = Object.fromEntries(
    PHASES.flatMap((p, i) => [
      [`plannedStart_${p}`, `2027-0${i + 1}-01`],
      [`plannedEnd_${p}`, `2027-0${i + 1}-28`],
    ]),
  );
  return {
    title: "Inkoop begeleiding 2027",
    summary: "Begeleiding voor inwoners die zelfstandig willen blijven wonen.",
    domain: "wmo",
    procedureType: "sas",
    legalStage: "preparation",
    visibility: "public",
    estimatedValue: "1.250.000",
    productIds: [P1],
    municipalityIds: [M1, M1],
    responsibilityTask: ["Procesregie", ""],
    responsibilityPerson: ["Team inkoop", ""],
    ...plan,
    ...overrides,
  };
}

const fieldsWithErrors = (input: unknown) => {
  const r = trajectoryInput.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => String(i.path[0] ?? i.code));
};

describe("trajectoryInput", () => {
  it("accepts a complete trajectory and normalises it", () => {
    const r = trajectoryInput.parse(valid());
    expect(r.estimatedValue).toBe(1_250_000);
    expect(r.municipalityIds).toEqual([M1]);
    expect(r.responsibilities).toEqual([{ task: "Procesregie", responsible: "Team inkoop" }]);
    expect(r.plan).toHaveLength(4);
  });

  it("refuses extra fields such as a smuggled role", () => {
    const r = trajectoryInput.safeParse(valid({ role: "admin" }));
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.code).toBe("unrecognized_keys");
  });

  it("names each invalid field", () => {
    expect(fieldsWithErrors(valid({ title: "abc" }))).toContain("title");
    expect(fieldsWithErrors(valid({ title: "x".repeat(201) }))).toContain("title");
    expect(fieldsWithErrors(valid({ domain: "zorg" }))).toContain("domain");
    expect(fieldsWithErrors(valid({ productIds: [] }))).toContain("productIds");
    expect(fieldsWithErrors(valid({ municipalityIds: ["not-a-uuid"] }))).toContain("municipalityIds");
    expect(fieldsWithErrors(valid({ plannedStart_analysis: "31-02-2027" }))).toContain("plannedStart_analysis");
    expect(fieldsWithErrors(valid({ plannedEnd_choices: "2026-01-01" }))).toContain("plannedEnd_choices");
  });

  it("requires at least one complete responsibility and no half rows", () => {
    expect(fieldsWithErrors(valid({ responsibilityTask: [""], responsibilityPerson: [""] }))).toContain(
      "responsibilityTask",
    );
    expect(
      fieldsWithErrors(
        valid({ responsibilityTask: ["Procesregie", "Juridisch advies"], responsibilityPerson: ["Team inkoop", ""] }),
      ),
    ).toContain("responsibilityPerson");
  });
});

describe("euroAmount", () => {
  it.each([
    ["", null],
    ["750000", 750_000],
    ["750.000", 750_000],
    ["€ 1.250.000", 1_250_000],
    ["1 250 000", 1_250_000],
  ])("reads %j as %j", (raw, expected) => {
    expect(euroAmount.parse(raw)).toBe(expected);
  });

  it.each(["12,50", "-5", "1.25.000", "veel", "99999999999"])("refuses %j", (raw) => {
    expect(euroAmount.safeParse(raw).success).toBe(false);
  });
});

describe("phaseMoveInput", () => {
  it("accepts a move and refuses unknown phases and fields", () => {
    expect(phaseMoveInput.safeParse({ trajectoryId: P1, from: "analysis", to: "choices" }).success).toBe(true);
    expect(phaseMoveInput.safeParse({ trajectoryId: P1, from: "analysis", to: "fase5" }).success).toBe(false);
    expect(phaseMoveInput.safeParse({ trajectoryId: P1, from: "analysis", to: "choices", actorId: P1 }).success).toBe(
      false,
    );
    expect(phaseMoveInput.safeParse({ trajectoryId: "1", from: "analysis", to: "choices" }).success).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { interimRequestInput } from "@/lib/performance/validation";

const ID = "00000000-0000-4000-8000-000000000001";

describe("interim report request input", () => {
  it("names a past due date and a short reason together", () => {
    const parsed = interimRequestInput.safeParse({ agreementId: ID, dueOn: "2020-01-01", reason: "Kort" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["dueOn", "Kies een datum vanaf vandaag."],
      ["reason", "Gebruik minstens 10 tekens."],
    ]);
  });

  it("takes a future date with a reason and refuses extra fields", () => {
    const ok = { agreementId: ID, dueOn: "2999-01-01", reason: "Signalen van het lokale team." };
    expect(interimRequestInput.safeParse(ok).success).toBe(true);
    expect(interimRequestInput.safeParse({ ...ok, requestedBy: ID }).success).toBe(false);
  });
});

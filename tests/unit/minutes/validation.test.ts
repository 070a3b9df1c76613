import { describe, expect, it } from "vitest";
import { minutesReviewInput, minutesSaveInput } from "@/lib/minutes/validation";

const ID = "00000000-0000-4000-8000-000000000001";
const withMark = (attrs: Record<string, unknown>) =>
  JSON.stringify({
    type: "doc",
    content: [
      { type: "paragraph", content: [{ type: "text", text: "geheim", marks: [{ type: "redaction", attrs }] }] },
    ],
  });
const save = (document: string, extra: Record<string, string> = {}) =>
  minutesSaveInput.safeParse({ meetingId: ID, revision: "3", document, dismissedFindings: "[]", ...extra });
const messages = (result: ReturnType<typeof save>) => (result.success ? [] : result.error.issues.map((i) => i.message));

describe("minutesSaveInput", () => {
  it("accepts a redaction with a ground, and lists without blanks or duplicates", () => {
    const result = save(withMark({ ground: "5.1.2f" }), {
      publicFigures: "€ 750.000\n\n€ 750.000\n 1,2 miljoen ",
      confidentialTerms: "",
    });
    expect(result.success).toBe(true);
    expect(result.data?.publicFigures).toEqual(["€ 750.000", "1,2 miljoen"]);
    expect(result.data?.revision).toBe(3);
  });

  it.each([
    [{}, "Kies een grond voor elke weggelakte passage."],
    [{ ground: "geheim" }, "Kies een grond voor elke weggelakte passage."],
    [{ ground: "other" }, "Geef bij de grond 'overig' een korte reden."],
    [{ ground: "other", reason: "x" }, "Geef bij de grond 'overig' een korte reden."],
  ])("refuses a redaction mark with attributes %j", (attrs, message) => {
    expect(messages(save(withMark(attrs)))).toContain(message);
  });

  it("refuses a document that is not the editor's JSON", () => {
    expect(messages(save("{niet-json"))).toEqual([
      "Het verslag kon niet worden gelezen. Probeer het opnieuw; uw tekst staat nog in de editor.",
    ]);
    expect(save(JSON.stringify({ type: "doc", content: [{ type: "image", attrs: { src: "x" } }] })).success).toBe(
      false,
    );
  });
});

describe("minutesReviewInput", () => {
  it("needs remarks to send minutes back, not to approve them", () => {
    expect(minutesReviewInput.safeParse({ meetingId: ID, decision: "approve" }).success).toBe(true);
    expect(minutesReviewInput.safeParse({ meetingId: ID, decision: "send_back", remarks: "" }).success).toBe(false);
    expect(
      minutesReviewInput.safeParse({ meetingId: ID, decision: "send_back", remarks: "Naam weglakken." }).success,
    ).toBe(true);
  });
});

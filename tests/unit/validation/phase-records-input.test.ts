import { describe, expect, it } from "vitest";
import { parseRichTextField, plainTextOf, richTextDocSchema } from "@/lib/rich-text/schema";
import { documentUploadInput, MAX_DOCUMENT_BYTES, phaseNotesInput } from "@/lib/trajectory/validation";

const ID = "11111111-1111-4111-8111-111111111111";
const doc = (text: string, marks?: unknown[]) => ({
  type: "doc",
  content: [{ type: "paragraph", content: [{ type: "text", text, ...(marks ? { marks } : {}) }] }],
});

describe("rich text documents", () => {
  it("accepts editor output and reads its plain text", () => {
    const parsed = richTextDocSchema.parse(doc("Besluit", [{ type: "bold" }]));
    expect(plainTextOf(parsed)).toBe("Besluit");
    expect(parseRichTextField(JSON.stringify(doc("x"))).success).toBe(true);
  });

  it("refuses unknown nodes, script links, non-documents and broken JSON", () => {
    expect(richTextDocSchema.safeParse({ type: "doc", content: [{ type: "iframe" }] }).success).toBe(false);
    expect(
      richTextDocSchema.safeParse(doc("klik", [{ type: "link", attrs: { href: "javascript:alert(1)" } }])).success,
    ).toBe(false);
    expect(
      richTextDocSchema.safeParse(doc("klik", [{ type: "link", attrs: { href: "https://www.zaanstad.nl" } }])).success,
    ).toBe(true);
    expect(richTextDocSchema.safeParse({ type: "paragraph" }).success).toBe(false);
    expect(parseRichTextField("{niet json").success).toBe(false);
  });
});

describe("phaseNotesInput", () => {
  it("needs a known phase and refuses extra fields", () => {
    expect(phaseNotesInput.safeParse({ trajectoryId: ID, phase: "choices", notes: "{}" }).success).toBe(true);
    expect(phaseNotesInput.safeParse({ trajectoryId: ID, phase: "fase5", notes: "{}" }).success).toBe(false);
    expect(
      phaseNotesInput.safeParse({ trajectoryId: ID, phase: "choices", notes: "{}", notesUpdatedBy: ID }).success,
    ).toBe(false);
  });
});

describe("documentUploadInput", () => {
  const file = (size: number) => new File([new Uint8Array(size)], "stuk.pdf", { type: "application/pdf" });
  it("checks presence, size and title", () => {
    expect(
      documentUploadInput.safeParse({ trajectoryId: ID, phase: "analysis", title: "Marktanalyse", file: file(10) })
        .success,
    ).toBe(true);
    expect(
      documentUploadInput.safeParse({ trajectoryId: ID, phase: "analysis", title: "Marktanalyse", file: file(0) })
        .success,
    ).toBe(false);
    expect(
      documentUploadInput.safeParse({
        trajectoryId: ID,
        phase: "analysis",
        title: "Marktanalyse",
        file: file(MAX_DOCUMENT_BYTES + 1),
      }).success,
    ).toBe(false);
    expect(documentUploadInput.safeParse({ trajectoryId: ID, phase: "analysis", title: "Marktanalyse" }).success).toBe(
      false,
    );
    expect(
      documentUploadInput.safeParse({ trajectoryId: ID, phase: "analysis", title: "x", file: file(10) }).success,
    ).toBe(false);
    expect(
      documentUploadInput.safeParse({
        trajectoryId: ID,
        phase: "analysis",
        title: "Marktanalyse",
        isPublic: "ja",
        file: file(10),
      }).success,
    ).toBe(false);
  });
});

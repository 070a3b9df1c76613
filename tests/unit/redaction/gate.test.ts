import { describe, expect, it } from "vitest";
import { MAX_GATE_TEXT, passGate } from "@/lib/redaction/gate";
import type { RichTextDoc } from "@/lib/rich-text/schema";

const doc = (...texts: { text: string; ground?: string }[]): RichTextDoc => ({
  type: "doc",
  content: [
    {
      type: "paragraph",
      content: texts.map(({ text, ground }) => ({
        type: "text" as const,
        text,
        ...(ground ? { marks: [{ type: "redaction" as const, attrs: { ground } }] } : {}),
      })),
    },
  ],
});
const json = (body: RichTextDoc) => ({ surfaces: [{ name: "json", content: JSON.stringify(body) }] });
const minutes = doc(
  { text: "De wachtlijst van " },
  { text: "mevrouw Kowalczyk", ground: "5.1.2e" },
  { text: " is korter." },
);

describe("passGate", () => {
  it("passes a decided text and returns the copy without the removed text", async () => {
    const result = await passGate({ document: minutes, dismissed: [], options: {} }, json);
    expect(result.ok).toBe(true);
    if (result.ok) expect(JSON.stringify(result.copy.body)).not.toMatch(/kowalczyk/i);
  });

  it.each([
    "Naam alsnog weggelakt: Mevrouw KOWALCZYK.",
    "Naam alsnog weggelakt (mevrouw%20Kowalczyk).",
    "Zie mailto:kowalczyk@zorg.example voor de oude versie.",
    "Bel 06-12345678 voor vragen.",
  ])("refuses a change note %s", async (note) => {
    const result = await passGate(
      { document: minutes, dismissed: [], options: {}, notes: [{ name: "change_note", text: note }] },
      json,
    );
    expect(result.ok).toBe(false);
    if (!result.ok && result.refusal.reason === "leak_check")
      expect(result.refusal.leaks.map((l) => l.surface)).toContain("change_note");
    else throw new Error("expected a leak in the change note");
  });

  it("refuses while a suggestion is undecided", async () => {
    const result = await passGate({ document: doc({ text: "Bel 06-12345678." }), dismissed: [], options: {} }, json);
    expect(!result.ok && result.refusal.reason).toBe("open_findings");
  });

  it("refuses a text too long to check in one go, before running the detector", async () => {
    const huge = doc({ text: "wachtlijst ".repeat(Math.ceil(MAX_GATE_TEXT / 11) + 1) });
    const result = await passGate({ document: huge, dismissed: [], options: {} }, json);
    expect(!result.ok && result.refusal).toMatchObject({ reason: "too_large", max: MAX_GATE_TEXT });
  });
});

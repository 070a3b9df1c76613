import { describe, expect, it } from "vitest";
import { findLeaks } from "@/lib/redaction/leak-check";
import { findingKey, reviewFindings } from "@/lib/redaction/review";
import { indexText, positionOf } from "@/lib/redaction/text-index";
import type { RichTextDoc } from "@/lib/rich-text/schema";

const doc: RichTextDoc = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Tarieven" }] },
    {
      type: "paragraph",
      content: [
        { type: "text", text: "Kostprijs " },
        { type: "text", text: "€ 54,50", marks: [{ type: "redaction", attrs: { ground: "5.1.2f" } }] },
        { type: "text", text: " per uur." },
      ],
    },
    {
      type: "bulletList",
      content: [
        {
          type: "listItem",
          content: [{ type: "paragraph", content: [{ type: "text", text: "Bel 06-12345678 of mail a@b.nl" }] }],
        },
      ],
    },
  ],
};

describe("indexText", () => {
  it("separates blocks and maps text offsets to editor positions", () => {
    const index = indexText(doc);
    expect(index.text).toBe("Tarieven\nKostprijs € 54,50 per uur.\nBel 06-12345678 of mail a@b.nl\n");
    // heading opens at 0, its text starts at 1; paragraph opens at 10, its text at 11.
    expect(positionOf(index, 0, "start")).toBe(1);
    expect(positionOf(index, index.text.indexOf("€"), "start")).toBe(21);
    // The paragraph closes at 38; bulletList, listItem and paragraph each open one position.
    expect(positionOf(index, index.text.indexOf("Bel"), "start")).toBe(41);
  });
});

describe("reviewFindings", () => {
  it("says per finding whether it is redacted, dismissed or still open", () => {
    const findings = reviewFindings(doc, {}, [findingKey("email", "a@b.nl")]);
    expect(findings.map((f) => [f.text, f.status, f.suggestedGround])).toEqual([
      ["€ 54,50 per uur", "redacted", "5.1.2f"],
      ["06-12345678", "open", "5.1.2e"],
      ["a@b.nl", "dismissed", "5.1.2e"],
    ]);
  });
});

describe("findLeaks", () => {
  const base = {
    options: {},
    dismissed: [],
    publishedText: "Kostprijs [weggelakt — concurrentiegevoelig, 5.1.2f] per uur.",
  };
  it("finds removed text on any surface, decoded and whatever the wrapping or case", () => {
    const leaks = findLeaks({
      ...base,
      removed: ["Zonnebloem & Co"],
      surfaces: [
        { name: "html", content: "<p>ZONNEBLOEM &amp;\n Co</p>" },
        { name: "pdf", content: "niets" },
      ],
    });
    expect(leaks).toEqual([{ surface: "html", reason: "removed-text", length: 15 }]);
  });

  it("re-runs the detector on the published text but respects deliberate decisions", () => {
    const text = "Bel 06-12345678.";
    expect(findLeaks({ ...base, publishedText: text, removed: [], surfaces: [] })).toEqual([
      { surface: "text", reason: "detector", kind: "phone" },
    ]);
    expect(
      findLeaks({
        ...base,
        publishedText: text,
        removed: [],
        surfaces: [],
        dismissed: [findingKey("phone", "06-12345678")],
      }),
    ).toEqual([]);
  });

  it("does not mistake the labels themselves for leaks", () => {
    expect(
      findLeaks({
        ...base,
        removed: ["gevoelig"],
        surfaces: [{ name: "html", content: "<span>[weggelakt — concurrentiegevoelig, 5.1.2f]</span>" }],
      }),
    ).toEqual([]);
  });
});

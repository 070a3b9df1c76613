import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyRedactions } from "@/lib/redaction/apply";
import { REDACTION_GROUNDS, REDACTION_LABELS } from "@/lib/redaction/grounds";
import { renderPublishedMinutes } from "@/lib/rich-text/render";
import type { RichTextDoc, RichTextMark, RichTextNode } from "@/lib/rich-text/schema";

// Redacted text is written only in these characters, everything else never uses them: any one of
// them in the output is a leak.
const SECRET = "ΣΨΩΔΦλж";
const secretChar = fc.constantFrom(...SECRET.split(""));
const plainChar = fc.constantFrom(..."abcdefghij klmnop0123456789€,.%-".split(""));
const secretText = fc.array(secretChar, { minLength: 1, maxLength: 12 }).map((c) => c.join(""));
const plainText = fc.array(plainChar, { minLength: 1, maxLength: 20 }).map((c) => c.join(""));

const styleMarks = fc.subarray<RichTextMark>([
  { type: "bold" },
  { type: "italic" },
  { type: "underline" },
  { type: "strike" },
]);
const plainHref = plainText.map((t) => ({
  type: "link" as const,
  attrs: { href: `https://voorbeeld.nl/${encodeURIComponent(t)}` },
}));
const secretHref = secretText.map((t) => ({ type: "link" as const, attrs: { href: `https://voorbeeld.nl/${t}` } }));
const redaction = fc
  .constantFrom(...REDACTION_GROUNDS)
  .map((ground) => ({ type: "redaction" as const, attrs: { ground, reason: ground === "other" ? "reden" : null } }));

const plainNode: fc.Arbitrary<RichTextNode> = fc
  .record({ text: plainText, marks: styleMarks, link: fc.option(plainHref) })
  .map(({ text, marks, link }) => ({ type: "text", text, marks: link ? [...marks, link] : marks }));
const secretNode: fc.Arbitrary<RichTextNode> = fc
  .record({ text: secretText, marks: styleMarks, link: fc.option(secretHref), redaction })
  .map(({ text, marks, link, redaction: r }) => ({
    type: "text",
    text,
    marks: [...marks, ...(link ? [link] : []), r],
  }));
const inline = fc.array(
  fc.oneof(
    { weight: 3, arbitrary: plainNode },
    { weight: 2, arbitrary: secretNode },
    { weight: 1, arbitrary: fc.constant<RichTextNode>({ type: "hardBreak" }) },
  ),
  { minLength: 1, maxLength: 8 },
);

const { block } = fc.letrec<{ block: RichTextNode; item: RichTextNode }>((tie) => ({
  block: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    inline.map((content) => ({ type: "paragraph" as const, content })),
    fc
      .record({ level: fc.constantFrom(2, 3), content: inline })
      .map(({ level, content }) => ({ type: "heading" as const, attrs: { level }, content })),
    fc.array(tie("item"), { minLength: 1, maxLength: 3 }).map((content) => ({ type: "bulletList" as const, content })),
    fc
      .array(tie("item"), { minLength: 1, maxLength: 3 })
      .map((content) => ({ type: "orderedList" as const, attrs: { start: 1 }, content })),
    fc.array(tie("block"), { minLength: 1, maxLength: 2 }).map((content) => ({ type: "blockquote" as const, content })),
    fc.constant<RichTextNode>({ type: "horizontalRule" }),
  ),
  item: fc.array(tie("block"), { minLength: 1, maxLength: 2 }).map((content) => ({
    type: "listItem" as const,
    content: [{ type: "paragraph" as const, content: [{ type: "text" as const, text: "punt" }] }, ...content],
  })),
}));
const docs = fc.array(block, { minLength: 1, maxLength: 6 }).map((content): RichTextDoc => ({ type: "doc", content }));

const leaks = (value: string) => [...SECRET].filter((c) => value.includes(c));

describe("applyRedactions", () => {
  it("never lets a character of a redacted passage through, whatever the nesting and marks", () => {
    fc.assert(
      fc.property(docs, (doc) => {
        const { doc: published } = applyRedactions(doc);
        expect(leaks(JSON.stringify(published))).toEqual([]);
        expect(leaks(renderPublishedMinutes(published))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("replaces each run of redacted text by one fixed label and counts grounds, not text", () => {
    const doc: RichTextDoc = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "De kostprijs is " },
            { type: "text", text: "€ 61,", marks: [{ type: "redaction", attrs: { ground: "5.1.2f" } }] },
            { type: "text", text: "20", marks: [{ type: "bold" }, { type: "redaction", attrs: { ground: "5.1.2f" } }] },
            { type: "text", text: " per uur, zegt " },
            { type: "text", text: "mevrouw Jansen", marks: [{ type: "redaction", attrs: { ground: "5.1.2e" } }] },
            { type: "text", text: "." },
          ],
        },
      ],
    };
    const result = applyRedactions(doc);
    expect(result.removed).toEqual(["€ 61,20", "mevrouw Jansen"]);
    expect(result.grounds).toEqual({ "5.1.2f": 1, "5.1.2e": 1 });
    const html = renderPublishedMinutes(result.doc);
    expect(html).toBe(
      `<p>De kostprijs is <span class="inkoop-redaction-label">${REDACTION_LABELS["5.1.2f"]}</span> per uur, zegt <span class="inkoop-redaction-label">${REDACTION_LABELS["5.1.2e"]}</span>.</p>`,
    );
  });

  it("drops link targets that touch a redacted passage or contain removed text, and unknown attributes", () => {
    const doc = {
      type: "doc",
      attrs: { secret: "x" },
      content: [
        {
          type: "paragraph",
          attrs: { note: "Σgeheim" },
          content: [
            { type: "text", text: "zie ", marks: [{ type: "link", attrs: { href: "https://a.example/tarief" } }] },
            {
              type: "text",
              text: "tarief",
              marks: [
                { type: "link", attrs: { href: "https://a.example/tarief" } },
                { type: "redaction", attrs: { ground: "5.1.2f" } },
              ],
            },
            { type: "text", text: " en ", marks: [{ type: "link", attrs: { href: "https://b.example/?q=Jansen" } }] },
            { type: "text", text: "Jansen", marks: [{ type: "redaction", attrs: { ground: "5.1.2e" } }] },
          ],
        },
      ],
    } as unknown as RichTextDoc;
    const json = JSON.stringify(applyRedactions(doc).doc);
    expect(json).not.toContain("href");
    expect(json).not.toContain("Σgeheim");
    expect(json).not.toContain("Jansen");
  });

  it("treats a redaction without a valid ground as redacted (fails closed)", () => {
    const doc = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [{ type: "text", text: "geheim123", marks: [{ type: "redaction", attrs: {} }] }],
        },
      ],
    } as unknown as RichTextDoc;
    expect(JSON.stringify(applyRedactions(doc).doc)).not.toContain("geheim123");
  });
});

import { describe, expect, it } from "vitest";
import { renderPublishedMinutes, renderRichText } from "@/lib/rich-text/render";
import type { RichTextDoc } from "@/lib/rich-text/schema";

const text = (value: string, marks?: { type: string; attrs?: Record<string, unknown> }[]) => ({
  type: "text",
  text: value,
  ...(marks ? { marks } : {}),
});
const paragraph = (...content: unknown[]) => ({ type: "paragraph", content });
const doc = (...content: unknown[]) => ({ type: "doc", content }) as unknown as RichTextDoc;

describe("renderRichText", () => {
  it("renders paragraphs, marks, headings and lists", () => {
    const html = renderRichText(
      doc(
        { type: "heading", attrs: { level: 2 }, content: [text("Doelen")] },
        paragraph(
          text("Een "),
          text("vette", [{ type: "bold" }]),
          text(" en "),
          text("schuine", [{ type: "italic" }]),
          text(" tekst."),
        ),
        { type: "bulletList", content: [{ type: "listItem", content: [paragraph(text("eerste"))] }] },
      ),
    );
    expect(html).toBe(
      "<h2>Doelen</h2><p>Een <strong>vette</strong> en <em>schuine</em> tekst.</p><ul><li><p>eerste</p></li></ul>",
    );
  });

  it("escapes text instead of interpreting it as markup", () => {
    expect(renderRichText(doc(paragraph(text("<script>alert(1)</script> & co"))))).toBe(
      "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</p>",
    );
  });

  it("keeps safe links and drops a javascript: address", () => {
    const link = (href: string) => renderRichText(doc(paragraph(text("hier", [{ type: "link", attrs: { href } }]))));
    expect(link("https://example.org/a")).toBe(
      '<p><a rel="noopener noreferrer nofollow" href="https://example.org/a">hier</a></p>',
    );
    expect(link("javascript:alert(1)")).not.toContain("javascript:");
  });

  it("leaves nothing of one document in the next", () => {
    renderRichText(doc(paragraph(text("geheim eerste document"))));
    expect(renderRichText(doc(paragraph(text("tweede"))))).toBe("<p>tweede</p>");
  });

  it("renders an empty document as nothing", () => {
    expect(renderRichText(doc())).toBe("");
  });
});

describe("renderPublishedMinutes", () => {
  it("keeps the label that stands in for removed text, and nothing else of the minutes' marks", () => {
    const html = renderPublishedMinutes(
      doc(paragraph(text("Kostprijs: "), text("[verwijderd]", [{ type: "redactionLabel" }]))),
    );
    expect(html).toBe('<p>Kostprijs: <span class="inkoop-redaction-label">[verwijderd]</span></p>');
  });
});

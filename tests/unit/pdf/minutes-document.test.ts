import { describe, expect, it } from "vitest";
import { renderMinutesPdf } from "@/lib/pdf/minutes-document";
import { extractPdfText } from "@/lib/pdf/text-layer";
import type { RichTextDoc } from "@/lib/rich-text/schema";

const LABEL = "[weggelakt — concurrentiegevoelig, 5.1.2f]";
const body: RichTextDoc = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Tarieven en cliëntervaringen" }] },
    {
      type: "paragraph",
      content: [
        { type: "text", text: "De kostprijs is " },
        { type: "text", text: LABEL, marks: [{ type: "redactionLabel" }] },
        { type: "text", text: " per uur; het plafond is € 54,50.", marks: [{ type: "bold" }, { type: "italic" }] },
        { type: "hardBreak" },
        {
          type: "text",
          text: "Zie de website",
          marks: [{ type: "link", attrs: { href: "https://geheim.example/SECRET-HREF" } }],
        },
      ],
    },
    {
      type: "bulletList",
      content: [
        {
          type: "listItem",
          content: [
            { type: "paragraph", content: [{ type: "text", text: "eerste punt" }] },
            {
              type: "orderedList",
              attrs: { start: 3 },
              content: [
                {
                  type: "listItem",
                  content: [{ type: "paragraph", content: [{ type: "text", text: "genest punt" }] }],
                },
              ],
            },
          ],
        },
      ],
    },
    {
      type: "blockquote",
      content: [{ type: "paragraph", content: [{ type: "text", text: "Een citaat van een wethouder." }] }],
    },
    { type: "horizontalRule" },
  ],
};
const meta = {
  title: "Verslag: marktsessie begeleiding",
  subtitle: "Gemeente Zaanstad · versie 1",
  municipality: "Zaanstad",
  footer: "Weggelakt volgens de Woo.",
  publishedAt: new Date("2027-03-01T10:00:00Z"),
};

describe("renderMinutesPdf", () => {
  it("draws the redacted copy with its labels as real text, and nothing of a link's target", async () => {
    const pdf = await renderMinutesPdf({ ...meta, body });
    expect(Buffer.from(pdf.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    const { text, metadata, pages } = await extractPdfText(pdf);
    const flat = text.replace(/\s+/g, " ");
    expect(pages).toBe(1);
    for (const expected of [
      "Verslag: marktsessie begeleiding",
      "Tarieven en cliëntervaringen",
      LABEL,
      "€ 54,50",
      "genest punt",
      "3.",
      "Pagina 1 van 1",
    ])
      expect(flat).toContain(expected);
    expect(flat).not.toContain("SECRET-HREF");
    expect(metadata).not.toContain("SECRET-HREF");
    expect(metadata).toContain("Zaanstad");
    expect(Buffer.from(pdf).toString("latin1")).not.toContain("SECRET-HREF");
  });

  it("renders a hundred-page document", async () => {
    const long: RichTextDoc = {
      type: "doc",
      content: Array.from({ length: 1500 }, (_, i) => ({
        type: "paragraph" as const,
        content: [
          {
            type: "text" as const,
            text: `Alinea ${i}: wat de aanbieders inbrachten over begeleiding, wachttijden en de samenwerking met de wijkteams in de regio.`,
          },
        ],
      })),
    };
    const { pages, text } = await extractPdfText(await renderMinutesPdf({ ...meta, body: long }));
    expect(pages).toBeGreaterThan(20);
    expect(text).toContain("Alinea 1499");
  });
});

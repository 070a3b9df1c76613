import { describe, expect, it } from "vitest";
import { renderMinutesPdf } from "@/lib/pdf/minutes-document";
import { readAccessibility, type StructureNode } from "@/lib/pdf/structure";
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

  it("is a tagged PDF in Dutch whose title viewers show", async () => {
    const a11y = await readAccessibility(
      await renderMinutesPdf({ ...meta, title: "Verslag Şahin & Co <tarieven>", body }),
    );
    expect(a11y.language).toBe("nl");
    expect(a11y.marked).toBe(true);
    expect(a11y.displayDocTitle).toBe(true);
    expect(a11y.title).toBe("Verslag Şahin & Co <tarieven>");
    // The XMP packet stays well-formed XML with the same title in it.
    expect(a11y.xmpTitle).toBe("Verslag Şahin & Co <tarieven>");
    expect(a11y.pages).toHaveLength(1);
    expect(a11y.pages[0]).not.toBeNull();
  });

  it("tags headings, paragraphs, labels, lists and quotes in reading order, and not the page number", async () => {
    const [root] = (await readAccessibility(await renderMinutesPdf({ ...meta, body }))).pages;
    const flat = (text: string) => text.replace(/\s+/g, " ").trim();
    const outline = (node: StructureNode): unknown =>
      node.children.length
        ? { [node.role]: node.children.map(outline), ...(flat(node.text) ? { text: flat(node.text) } : {}) }
        : `${node.role}: ${flat(node.text)}`;
    expect(root!.role).toBe("Root");
    expect(root!.children.map(outline)).toEqual([
      {
        Document: [
          "H1: Verslag: marktsessie begeleiding",
          "P: Gemeente Zaanstad · versie 1",
          "H2: Tarieven en cliëntervaringen",
          { P: [`Span: ${LABEL}`], text: "De kostprijs is per uur; het plafond is € 54,50. Zie de website" },
          {
            L: [
              {
                LI: [
                  "Lbl: •",
                  { LBody: ["P: eerste punt", { L: [{ LI: ["Lbl: 3.", { LBody: ["P: genest punt"] }] }] }] },
                ],
              },
            ],
          },
          { BlockQuote: ["P: Een citaat van een wethouder."] },
          "P: Weggelakt volgens de Woo.",
        ],
      },
    ]);
    expect(JSON.stringify(root)).not.toContain("Pagina");
  });

  it("reads a paragraph that runs onto the next page on, with the page numbers after the content", async () => {
    const filler = Array.from({ length: 44 }, (_, i) => ({
      type: "paragraph" as const,
      content: [{ type: "text" as const, text: `Alinea ${i} over de wachttijden.` }],
    }));
    const across: RichTextDoc = {
      type: "doc",
      content: [
        ...filler,
        {
          type: "paragraph",
          content: [
            { type: "text", text: "Eerste regel. ".repeat(60) + "Mevrouw Jansen-de Vries van Zorggroep Øverland." },
          ],
        },
      ],
    };
    const { text, pages } = await extractPdfText(await renderMinutesPdf({ ...meta, body: across }));
    expect(pages).toBe(2);
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain(`Alinea 43 over de wachttijden. ${"Eerste regel. ".repeat(60)}`);
    expect(flat).not.toMatch(/Eerste regel\. Pagina/);
    expect(flat.endsWith("Weggelakt volgens de Woo. Pagina 1 van 2 Pagina 2 van 2")).toBe(true);
  });

  it("renders a hundred-page document", async () => {
    const long: RichTextDoc = {
      type: "doc",
      content: Array.from({ length: 1500 }, (_, i) => ({
        type: "paragraph" as const,
        content: [
          {
            type: "text" as const,
            text:
              `Alinea ${i}: wat de aanbieders inbrachten over begeleiding, wachttijden en de samenwerking ` +
              "met de wijkteams in de regio.",
          },
        ],
      })),
    };
    const { pages, text } = await extractPdfText(await renderMinutesPdf({ ...meta, body: long }));
    expect(pages).toBeGreaterThan(20);
    expect(text).toContain("Alinea 1499");
  });
});

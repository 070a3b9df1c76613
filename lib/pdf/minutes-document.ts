import "server-only";
import PDFDocument from "pdfkit";
import { pdfBytes } from "./bytes";
import type { RichTextMark, RichTextNode, RichTextDoc } from "@/lib/rich-text/schema";

export type MinutesPdfInput = {
  title: string;
  subtitle: string;
  municipality: string;
  body: RichTextDoc;
  footer: string;
  publishedAt: Date;
};

type Pdf = InstanceType<typeof PDFDocument>;
const MARGIN = 56;
const FONT = {
  regular: "Helvetica",
  bold: "Helvetica-Bold",
  italic: "Helvetica-Oblique",
  boldItalic: "Helvetica-BoldOblique",
};

function fontFor(marks: RichTextMark[] | undefined): string {
  const has = (type: RichTextMark["type"]) => Boolean(marks?.some((m) => m.type === type));
  const bold = has("bold") || has("redactionLabel");
  return bold && has("italic") ? FONT.boldItalic : bold ? FONT.bold : has("italic") ? FONT.italic : FONT.regular;
}

/** One paragraph of runs that flow on as one text (pdfkit's `continued`). */
function writeInline(pdf: Pdf, nodes: RichTextNode[], size: number, indent: number, prefix = "") {
  const runs: { text: string; marks?: RichTextMark[] }[] = [];
  if (prefix) runs.push({ text: prefix });
  for (const node of nodes) {
    if (node.type === "text") runs.push({ text: node.text ?? "", marks: node.marks });
    else if (node.type === "hardBreak") runs.push({ text: "\n" });
  }
  if (runs.length === 0) runs.push({ text: " " });
  const width = pdf.page.width - MARGIN * 2 - indent;
  runs.forEach((run, i) => {
    // A label is bold dark-red text in brackets: visibly not part of what was said.
    const label = run.marks?.some((m) => m.type === "redactionLabel");
    pdf
      .font(fontFor(run.marks))
      .fontSize(size)
      .fillColor(label ? "#a4001b" : "#000000");
    const options = {
      continued: i < runs.length - 1,
      width,
      underline: Boolean(run.marks?.some((m) => m.type === "underline")),
      strike: Boolean(run.marks?.some((m) => m.type === "strike")),
    };
    if (i === 0) pdf.text(run.text, MARGIN + indent, pdf.y, options);
    else pdf.text(run.text, options);
  });
  pdf.fillColor("#000000");
}

function writeBlock(pdf: Pdf, node: RichTextNode, indent: number, marker?: string) {
  switch (node.type) {
    case "heading": {
      pdf.moveDown(0.5);
      writeInline(
        pdf,
        (node.content ?? []).map((n) =>
          n.type === "text" ? { ...n, marks: [...(n.marks ?? []), { type: "bold" as const }] } : n,
        ),
        node.attrs?.level === 3 ? 13 : 15,
        indent,
      );
      pdf.moveDown(0.3);
      return;
    }
    case "paragraph":
      writeInline(pdf, node.content ?? [], 11, indent, marker);
      pdf.moveDown(0.4);
      return;
    case "bulletList":
    case "orderedList": {
      const start = typeof node.attrs?.start === "number" ? node.attrs.start : 1;
      (node.content ?? []).forEach((item, i) =>
        writeListItem(pdf, item, indent + 14, node.type === "bulletList" ? "•  " : `${start + i}.  `),
      );
      return;
    }
    case "blockquote": {
      const top = pdf.y;
      for (const child of node.content ?? []) writeBlock(pdf, child, indent + 16);
      pdf
        .save()
        .moveTo(MARGIN + indent + 4, top)
        .lineTo(MARGIN + indent + 4, pdf.y - 4)
        .lineWidth(2)
        .strokeColor("#8c8c8c")
        .stroke()
        .restore();
      return;
    }
    case "horizontalRule":
      pdf.moveDown(0.3);
      pdf
        .save()
        .moveTo(MARGIN, pdf.y)
        .lineTo(pdf.page.width - MARGIN, pdf.y)
        .lineWidth(0.5)
        .strokeColor("#8c8c8c")
        .stroke()
        .restore();
      pdf.moveDown(0.6);
      return;
    default:
      // Unknown nodes are skipped rather than guessed at.
      return;
  }
}

function writeListItem(pdf: Pdf, item: RichTextNode, indent: number, marker: string) {
  (item.content ?? []).forEach((child, i) =>
    writeBlock(pdf, child, indent, i === 0 && child.type === "paragraph" ? marker : undefined),
  );
}

/**
 * The published minutes as a PDF, drawn from the redacted copy only: the labels are the text, so
 * there is no hidden layer with an original underneath.
 */
export async function renderMinutesPdf(input: MinutesPdfInput): Promise<Uint8Array> {
  const pdf = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN + 20, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: {
      Title: input.title,
      Author: input.municipality,
      Subject: "Gepubliceerd verslag",
      Creator: "Inkoopdialoog",
      Producer: "Inkoopdialoog",
      CreationDate: input.publishedAt,
      ModDate: input.publishedAt,
    },
    lang: "nl-NL",
  });
  const done = pdfBytes(pdf);
  pdf
    .font(FONT.bold)
    .fontSize(18)
    .text(input.title, { width: pdf.page.width - MARGIN * 2 });
  pdf
    .moveDown(0.3)
    .font(FONT.regular)
    .fontSize(10)
    .fillColor("#444444")
    .text(input.subtitle)
    .fillColor("#000000")
    .moveDown(1);
  for (const node of input.body.content ?? []) writeBlock(pdf, node, 0);
  pdf.moveDown(1).font(FONT.italic).fontSize(9).text(input.footer);
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    // Writing inside the bottom margin would make pdfkit start a new page.
    pdf.page.margins.bottom = 0;
    pdf
      .font(FONT.regular)
      .fontSize(9)
      .fillColor("#444444")
      .text(`Pagina ${i + 1} van ${range.count}`, MARGIN, pdf.page.height - MARGIN, {
        width: pdf.page.width - MARGIN * 2,
        align: "right",
        lineBreak: false,
      });
  }
  pdf.end();
  return done;
}

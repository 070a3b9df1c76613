import "server-only";
import type { RichTextMark, RichTextNode, RichTextDoc } from "@/lib/rich-text/schema";
import { textLayerForm, type FontStyle } from "./fonts";
import { artifact, createTaggedPdf, tagged, type Pdf, type Structure } from "./tagged-document";

export type MinutesPdfInput = {
  title: string;
  subtitle: string;
  municipality: string;
  body: RichTextDoc;
  footer: string;
  publishedAt: Date;
};

const MARGIN = 56;
const LIST_INDENT = 18;
type Run = { text: string; marks?: RichTextMark[] };

const hasMark = (marks: RichTextMark[] | undefined, type: RichTextMark["type"]) =>
  Boolean(marks?.some((m) => m.type === type));

function fontFor(marks: RichTextMark[] | undefined): FontStyle {
  const bold = hasMark(marks, "bold") || hasMark(marks, "redactionLabel");
  const italic = hasMark(marks, "italic");
  return bold && italic ? "boldItalic" : bold ? "bold" : italic ? "italic" : "regular";
}

function runsOf(nodes: RichTextNode[], extra: RichTextMark[] = []): Run[] {
  const runs: Run[] = [];
  for (const node of nodes) {
    if (node.type === "text")
      runs.push({ text: textLayerForm(node.text ?? ""), marks: [...(node.marks ?? []), ...extra] });
    else if (node.type === "hardBreak") runs.push({ text: "\n" });
  }
  return runs.length > 0 ? runs : [{ text: " " }];
}

/**
 * One block of runs that flow on as one text (pdfkit's `continued`), tagged as `role`. A redaction
 * label is its own `Span` inside it: bold dark-red text in brackets, visibly and audibly not part of
 * what was said. A link keeps only its visible text; its address is never drawn.
 */
function writeRuns(pdf: Pdf, parent: Structure, role: string, runs: Run[], size: number, indent: number) {
  const element = pdf.struct(role);
  parent.add(element);
  const width = pdf.page.width - MARGIN * 2 - indent;
  let first = true;
  const draw = (run: Run, continued: boolean) => {
    const label = hasMark(run.marks, "redactionLabel");
    pdf
      .font(fontFor(run.marks))
      .fontSize(size)
      .fillColor(label ? "#a4001b" : "#000000");
    const options = {
      continued,
      width,
      underline: hasMark(run.marks, "underline"),
      strike: hasMark(run.marks, "strike"),
    };
    if (first) pdf.text(run.text, MARGIN + indent, pdf.y, options);
    else pdf.text(run.text, options);
    first = false;
  };
  // Consecutive runs that are not labels share one marked-content sequence.
  let i = 0;
  while (i < runs.length) {
    const start = i;
    const label = hasMark(runs[i]!.marks, "redactionLabel");
    if (label) i++;
    else while (i < runs.length && !hasMark(runs[i]!.marks, "redactionLabel")) i++;
    const group = runs.slice(start, i);
    const last = i >= runs.length;
    const drawGroup = () => group.forEach((run, j) => draw(run, !(last && j === group.length - 1)));
    if (label) element.add(pdf.struct("Span", {}, [drawGroup]));
    else element.add(drawGroup);
  }
  element.end();
  pdf.fillColor("#000000");
}

function writeBlock(pdf: Pdf, parent: Structure, node: RichTextNode, indent: number) {
  switch (node.type) {
    case "heading": {
      pdf.moveDown(0.5);
      const level = node.attrs?.level === 3 ? 3 : 2;
      writeRuns(
        pdf,
        parent,
        `H${level}`,
        runsOf(node.content ?? [], [{ type: "bold" }]),
        level === 3 ? 13 : 15,
        indent,
      );
      pdf.moveDown(0.3);
      return;
    }
    case "paragraph":
      writeRuns(pdf, parent, "P", runsOf(node.content ?? []), 11, indent);
      pdf.moveDown(0.4);
      return;
    case "bulletList":
    case "orderedList":
      writeList(pdf, parent, node, indent);
      return;
    case "blockquote": {
      const quote = pdf.struct("BlockQuote");
      parent.add(quote);
      const top = pdf.y;
      const startPage = pdf.page;
      for (const child of node.content ?? []) writeBlock(pdf, quote, child, indent + 16);
      quote.end();
      const bottom = pdf.y - 4;
      // A quote that runs onto the next page gets its bar on that page only.
      const from = pdf.page === startPage ? top : pdf.page.margins.top;
      artifact(pdf, "Layout", () =>
        pdf
          .save()
          .moveTo(MARGIN + indent + 4, from)
          .lineTo(MARGIN + indent + 4, bottom)
          .lineWidth(2)
          .strokeColor("#8c8c8c")
          .stroke()
          .restore(),
      );
      return;
    }
    case "horizontalRule":
      pdf.moveDown(0.3);
      artifact(pdf, "Layout", () =>
        pdf
          .save()
          .moveTo(MARGIN, pdf.y)
          .lineTo(pdf.page.width - MARGIN, pdf.y)
          .lineWidth(0.5)
          .strokeColor("#8c8c8c")
          .stroke()
          .restore(),
      );
      pdf.moveDown(0.6);
      return;
    default:
      // Unknown nodes are skipped rather than guessed at.
      return;
  }
}

/** A list as `L` › `LI` › `Lbl` (the bullet or number, hanging) and `LBody` (the item's blocks). */
function writeList(pdf: Pdf, parent: Structure, node: RichTextNode, indent: number) {
  const list = pdf.struct("L");
  parent.add(list);
  const start = typeof node.attrs?.start === "number" ? node.attrs.start : 1;
  const bodyIndent = indent + LIST_INDENT + (node.type === "orderedList" ? 8 : 0);
  (node.content ?? []).forEach((item, i) => {
    const marker = node.type === "bulletList" ? "•" : `${start + i}.`;
    pdf.font("regular").fontSize(11).fillColor("#000000");
    // The label and the first line of the body share a line, so both must fit on this page.
    if (pdf.y + pdf.currentLineHeight(true) > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
    const y = pdf.y;
    const entry = pdf.struct("LI");
    list.add(entry);
    tagged(pdf, entry, "Lbl", () =>
      pdf.text(marker, MARGIN + indent, y, { width: bodyIndent - indent - 4, lineBreak: false }),
    );
    pdf.y = y;
    const body = pdf.struct("LBody");
    entry.add(body);
    for (const child of item.content ?? []) writeBlock(pdf, body, child, bodyIndent);
    body.end();
    entry.end();
  });
  list.end();
}

/**
 * The published minutes as a tagged PDF, drawn from the redacted copy only: the labels are the text,
 * so there is no hidden layer with an original underneath. Headings, paragraphs, lists and quotes
 * are structure elements in reading order; page numbers and rules are artifacts.
 */
export async function renderMinutesPdf(input: MinutesPdfInput): Promise<Uint8Array> {
  const { pdf, root, done } = createTaggedPdf({
    title: textLayerForm(input.title),
    author: textLayerForm(input.municipality),
    subject: "Gepubliceerd verslag",
    date: input.publishedAt,
    margins: { top: MARGIN, bottom: MARGIN + 20, left: MARGIN, right: MARGIN },
    bufferPages: true,
  });
  const width = pdf.page.width - MARGIN * 2;
  tagged(pdf, root, "H1", () => pdf.font("bold").fontSize(18).text(textLayerForm(input.title), { width }));
  pdf.moveDown(0.3);
  tagged(pdf, root, "P", () =>
    pdf.font("regular").fontSize(10).fillColor("#444444").text(textLayerForm(input.subtitle), { width }),
  );
  pdf.fillColor("#000000").moveDown(1);
  for (const node of input.body.content ?? []) writeBlock(pdf, root, node, 0);
  pdf.moveDown(1);
  tagged(pdf, root, "P", () =>
    pdf.font("italic").fontSize(9).text(textLayerForm(input.footer), MARGIN, pdf.y, { width }),
  );
  root.end();
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    // Writing inside the bottom margin would make pdfkit start a new page.
    pdf.page.margins.bottom = 0;
    artifact(pdf, "Pagination", () =>
      pdf
        .font("regular")
        .fontSize(9)
        .fillColor("#444444")
        .text(`Pagina ${i + 1} van ${range.count}`, MARGIN, pdf.page.height - MARGIN, {
          width,
          align: "right",
          lineBreak: false,
        }),
    );
  }
  pdf.end();
  return done;
}

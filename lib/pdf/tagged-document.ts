import "server-only";
import PDFDocument from "pdfkit";
import { pdfBytes } from "./bytes";
import { registerFonts } from "./fonts";

export type Pdf = InstanceType<typeof PDFDocument>;
export type Structure = PDFKit.PDFStructureElement;

export type TaggedPdfInput = {
  title: string;
  author: string;
  subject: string;
  date: Date;
  margins: { top: number; bottom: number; left: number; right: number };
  /** Keep pages in memory so page numbers can be drawn once the count is known. */
  bufferPages?: boolean;
};

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
const escapeXml = (value: string) => value.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);

/**
 * A tagged PDF (PDF 1.7) in Dutch with the Unicode fonts registered: catalogue language `nl`,
 * MarkInfo and a structure tree, the title in the document information and in the XMP metadata, and
 * viewers told to show that title rather than the file name. Returns the document, its `Document`
 * structure element (add the content's elements to it in reading order) and the bytes once ended.
 */
export function createTaggedPdf(input: TaggedPdfInput): { pdf: Pdf; root: Structure; done: Promise<Uint8Array> } {
  const pdf = new PDFDocument({
    size: "A4",
    pdfVersion: "1.7",
    tagged: true,
    lang: "nl",
    displayTitle: true,
    margins: input.margins,
    bufferPages: input.bufferPages ?? false,
    // No Helvetica: every text is in an embedded font, so no unembedded font object is written.
    font: "",
    info: {
      Title: input.title,
      Author: input.author,
      Subject: input.subject,
      Creator: "Inkoopdialoog",
      Producer: "Inkoopdialoog",
      CreationDate: input.date,
      ModDate: input.date,
    },
  });
  // pdfkit writes the information into the XMP packet unescaped; a title with "&" or "<" would make
  // the metadata unreadable. The information dictionary is already written when this runs.
  const endMetadata = pdf.endMetadata.bind(pdf);
  pdf.endMetadata = () => {
    const info = pdf.info as Record<string, unknown>;
    for (const key of Object.keys(info)) {
      const value = info[key];
      if (typeof value === "string") info[key] = escapeXml(value);
    }
    endMetadata();
  };
  const done = pdfBytes(pdf);
  registerFonts(pdf);
  pdf.font("regular");
  const root = pdf.struct("Document");
  pdf.addStructure(root);
  return { pdf, root, done };
}

/** Adds an element whose content `draw` puts on the page now, as one marked-content sequence. */
export function tagged(pdf: Pdf, parent: Structure, role: string, draw: () => void): void {
  parent.add(pdf.struct(role, {}, [draw]));
}

/** Drawing that is not content (page numbers, rules, bars): readers and screen readers skip it. */
export function artifact(pdf: Pdf, type: "Pagination" | "Layout", draw: () => void): void {
  pdf.markContent("Artifact", { type });
  draw();
  pdf.endMarkedContent();
}

import "server-only";
import { textLayerForm } from "./fonts";
import { createTaggedPdf, tagged } from "./tagged-document";

export type LetterPdfInput = {
  sender: string;
  recipient: string;
  date: Date;
  dateText: string;
  subject: string;
  reference: string;
  paragraphs: string[];
  closing: string;
};

const MARGIN = 64;

/**
 * A formal letter on A4 from template text, as a tagged PDF: sender, recipient, date and reference
 * as paragraphs, the subject as the heading, then the body and the closing, in reading order.
 */
export async function renderLetterPdf(input: LetterPdfInput): Promise<Uint8Array> {
  const text = (value: string) => textLayerForm(value);
  const { pdf, root, done } = createTaggedPdf({
    title: text(input.subject),
    author: text(input.sender),
    subject: text(input.subject),
    date: input.date,
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
  });
  const width = pdf.page.width - MARGIN * 2;
  tagged(pdf, root, "P", () => pdf.font("bold").fontSize(11).text(text(input.sender), { width }));
  pdf.moveDown(2);
  tagged(pdf, root, "P", () => pdf.font("regular").fontSize(11).text(text(input.recipient), { width }));
  pdf.moveDown(2);
  tagged(pdf, root, "P", () =>
    pdf.text(`Datum: ${text(input.dateText)}`, { width }).text(`Kenmerk: ${text(input.reference)}`, { width }),
  );
  pdf.moveDown(1);
  tagged(pdf, root, "H1", () => pdf.font("bold").text(`Onderwerp: ${text(input.subject)}`, { width }));
  pdf.moveDown(1).font("regular");
  for (const paragraph of input.paragraphs) {
    tagged(pdf, root, "P", () => pdf.text(text(paragraph), { width, align: "left" }));
    pdf.moveDown(0.8);
  }
  pdf.moveDown(1);
  tagged(pdf, root, "P", () => pdf.text(text(input.closing), { width }));
  root.end();
  pdf.end();
  return done;
}

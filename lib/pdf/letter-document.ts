import "server-only";
import PDFDocument from "pdfkit";
import { pdfBytes } from "./bytes";

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

/** A formal letter on A4 from template text: sender, recipient, date, subject, body and closing. */
export async function renderLetterPdf(input: LetterPdfInput): Promise<Uint8Array> {
  const pdf = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    info: {
      Title: input.subject,
      Author: input.sender,
      Subject: input.subject,
      Creator: "Inkoopdialoog",
      Producer: "Inkoopdialoog",
      CreationDate: input.date,
      ModDate: input.date,
    },
    lang: "nl-NL",
  });
  const done = pdfBytes(pdf);
  const width = pdf.page.width - MARGIN * 2;
  pdf.font("Helvetica-Bold").fontSize(11).text(input.sender, { width });
  pdf.moveDown(2).font("Helvetica").fontSize(11).text(input.recipient, { width });
  pdf.moveDown(2).text(`Datum: ${input.dateText}`, { width }).text(`Kenmerk: ${input.reference}`, { width });
  pdf.moveDown(1).font("Helvetica-Bold").text(`Onderwerp: ${input.subject}`, { width });
  pdf.moveDown(1).font("Helvetica");
  for (const paragraph of input.paragraphs) pdf.text(paragraph, { width, align: "left" }).moveDown(0.8);
  pdf.moveDown(1).text(input.closing, { width });
  pdf.end();
  return done;
}

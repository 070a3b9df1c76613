import { formatDate } from "@/lib/i18n";
import { renderLetterPdf } from "@/lib/pdf/letter-document";
import { letterText, type LetterTemplate } from "./letters";

const MUNICIPALITY = "Gemeenten regio Zaanstreek-Waterland — contractmanagement";

/** A ladder letter as a PDF: the template's text on the municipality's letter, dated `now`. */
export async function renderLadderLetter(
  ladder: { escalationId: string; providerName: string; contractReference: string },
  letter: LetterTemplate,
  now: Date,
) {
  const { subject, paragraphs } = letterText(letter);
  const bytes = await renderLetterPdf({
    sender: MUNICIPALITY,
    recipient: `${ladder.providerName}\nt.a.v. de directie`,
    date: now,
    dateText: formatDate(now),
    subject,
    reference: `${ladder.contractReference}/ESC-${ladder.escalationId.slice(0, 8)}`,
    paragraphs,
    closing: "Met vriendelijke groet,\n\nnamens de gemeenten,\nhet contractmanagementteam",
  });
  return { subject, bytes, fileName: `brief-${letter.kind}-${letter.today}.pdf` };
}

import "server-only";
import { renderMinutesPdf } from "@/lib/pdf/minutes-document";
import { extractPdfText } from "@/lib/pdf/text-layer";
import type { DetectOptions } from "@/lib/redaction/finding";
import { passGate, type GateResult } from "@/lib/redaction/gate";
import { renderPublishedMinutes } from "@/lib/rich-text/render";
import type { RichTextDoc } from "@/lib/rich-text/schema";
import { t } from "@/lib/i18n";

type Meta = { title: string; subtitle: string; municipality: string; publishedAt: Date };
type Rendered = { html: string; pdf: Uint8Array; surfaces: { name: string; content: string }[] };
export type PublishedCopy = GateResult<Rendered>;

/**
 * Builds every surface of a published version from the working copy on the server, through the
 * publication gate: the HTML, JSON, PDF text and metadata, the title and the change note are read
 * back as a reader would and checked before anything is stored.
 */
export async function buildPublishedCopy(
  document: RichTextDoc,
  meta: Meta,
  check: { options: DetectOptions; dismissed: readonly string[]; changeNote?: string },
): Promise<PublishedCopy> {
  return passGate(
    {
      document,
      options: check.options,
      dismissed: check.dismissed,
      notes: check.changeNote ? [{ name: "change_note", text: check.changeNote }] : [],
    },
    async (body) => {
      const html = renderPublishedMinutes(body);
      const pdf = await renderMinutesPdf({ ...meta, body, footer: t("minutes.pdfFooter") });
      const extracted = await extractPdfText(pdf);
      return {
        html,
        pdf,
        surfaces: [
          { name: "html", content: html },
          { name: "json", content: JSON.stringify(body) },
          { name: "pdf", content: extracted.text },
          { name: "pdf_metadata", content: extracted.metadata },
          { name: "meta", content: `${meta.title} ${meta.subtitle}` },
        ],
      };
    },
  );
}

/** A simple HTML copy for attendees and readers on the portal, through the same gate. */
export async function buildHtmlCopy(
  document: RichTextDoc,
  check: { options: DetectOptions; dismissed: readonly string[] },
) {
  return passGate({ document, options: check.options, dismissed: check.dismissed }, (body) => {
    const html = renderPublishedMinutes(body);
    return {
      html,
      surfaces: [
        { name: "html", content: html },
        { name: "json", content: JSON.stringify(body) },
      ],
    };
  });
}

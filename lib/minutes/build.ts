import "server-only";
import { renderMinutesPdf } from "@/lib/pdf/minutes-document";
import { extractPdfText } from "@/lib/pdf/text-layer";
import { applyRedactions } from "@/lib/redaction/apply";
import type { DetectOptions } from "@/lib/redaction/finding";
import { findLeaks, type Leak } from "@/lib/redaction/leak-check";
import { indexText } from "@/lib/redaction/text-index";
import { renderPublishedMinutes } from "@/lib/rich-text/render";
import type { RichTextDoc } from "@/lib/rich-text/schema";
import { t } from "@/lib/i18n";

export type PublishedCopy = {
  body: RichTextDoc;
  html: string;
  text: string;
  pdf: Uint8Array;
  redactionCount: number;
  grounds: Record<string, number>;
  leaks: Leak[];
};

type Meta = { title: string; subtitle: string; municipality: string; publishedAt: Date };

/**
 * Builds every surface of a published version from the working copy on the server, then reads
 * them back as a reader would and checks them for leaks before anything is stored.
 */
export async function buildPublishedCopy(
  document: RichTextDoc,
  meta: Meta,
  check: { options: DetectOptions; dismissed: readonly string[] },
): Promise<PublishedCopy> {
  const { doc: body, removed, grounds } = applyRedactions(document);
  const html = renderPublishedMinutes(body);
  const text = indexText(body).text;
  const pdf = await renderMinutesPdf({ ...meta, body, footer: t("minutes.pdfFooter") });
  const extracted = await extractPdfText(pdf);
  const leaks = findLeaks({
    removed,
    publishedText: text,
    options: check.options,
    dismissed: check.dismissed,
    surfaces: [
      { name: "html", content: html },
      { name: "json", content: JSON.stringify(body) },
      { name: "pdf", content: extracted.text },
      { name: "pdf-metadata", content: extracted.metadata },
      { name: "meta", content: `${meta.title} ${meta.subtitle}` },
    ],
  });
  return { body, html, text, pdf, redactionCount: removed.length, grounds, leaks };
}

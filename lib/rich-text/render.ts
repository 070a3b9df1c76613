import "server-only";
import { generateHTML } from "@tiptap/html/server";
import sanitizeHtml from "sanitize-html";
import { minutesExtensions, richTextExtensions } from "./extensions";
import type { RichTextDoc } from "./schema";

const ALLOWED = {
  allowedTags: ["p", "br", "strong", "em", "u", "s", "a", "ul", "ol", "li", "h2", "h3", "blockquote", "hr"],
  allowedAttributes: { a: ["href", "rel"], ol: ["start"] },
  allowedSchemes: ["http", "https", "mailto"],
};

/** Renders stored editor JSON to HTML on the server; sanitised again as a second line of defence. */
export function renderRichText(doc: RichTextDoc): string {
  return sanitizeHtml(generateHTML(doc, richTextExtensions), ALLOWED);
}

/** A published copy of minutes: its only extra markup is the label that stands in for removed text. */
export function renderPublishedMinutes(doc: RichTextDoc): string {
  return sanitizeHtml(generateHTML(doc, minutesExtensions), {
    ...ALLOWED,
    allowedTags: [...ALLOWED.allowedTags, "span"],
    allowedAttributes: { ...ALLOWED.allowedAttributes, span: ["class"] },
    allowedClasses: { span: ["inkoop-redaction-label"] },
  });
}

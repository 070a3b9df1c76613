import "server-only";
import { getSchema } from "@tiptap/core";
import { DOMSerializer, Node, type Schema } from "@tiptap/pm/model";
import { Window } from "happy-dom";
import sanitizeHtml from "sanitize-html";
import { minutesExtensions, richTextExtensions } from "./extensions";
import type { RichTextDoc } from "./schema";

const ALLOWED = {
  allowedTags: ["p", "br", "strong", "em", "u", "s", "a", "ul", "ol", "li", "h2", "h3", "blockquote", "hr"],
  allowedAttributes: { a: ["href", "rel"], ol: ["start"] },
  allowedSchemes: ["http", "https", "mailto"],
};

const richTextSchema = getSchema(richTextExtensions);
const minutesSchema = getSchema(minutesExtensions);

/*
 * ProseMirror serialises through a DOM document. Tiptap's generateHTML builds a schema and opens a
 * fresh happy-dom window on every call, about 9 ms each, which was most of a public consultation
 * page. One window for the process and one schema per extension set do the same work in a fraction
 * of that. Nothing is kept in the window: each call serialises into a detached element.
 */
let serialisingDocument: Document | undefined;
function documentForSerialising(): Document {
  serialisingDocument ??= new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
    },
  }).document as unknown as Document;
  return serialisingDocument;
}

function toHtml(doc: RichTextDoc, schema: Schema): string {
  const document = documentForSerialising();
  const wrap = document.createElement("div");
  DOMSerializer.fromSchema(schema).serializeFragment(Node.fromJSON(schema, doc).content, { document }, wrap);
  return wrap.innerHTML;
}

/** Renders stored editor JSON to HTML on the server; sanitised again as a second line of defence. */
export function renderRichText(doc: RichTextDoc): string {
  return sanitizeHtml(toHtml(doc, richTextSchema), ALLOWED);
}

/** A published copy of minutes: its only extra markup is the label that stands in for removed text. */
export function renderPublishedMinutes(doc: RichTextDoc): string {
  return sanitizeHtml(toHtml(doc, minutesSchema), {
    ...ALLOWED,
    allowedTags: [...ALLOWED.allowedTags, "span"],
    allowedAttributes: { ...ALLOWED.allowedAttributes, span: ["class"] },
    allowedClasses: { span: ["inkoop-redaction-label"] },
  });
}

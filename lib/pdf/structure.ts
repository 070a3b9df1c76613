import "server-only";
import { openPdf } from "./text-layer";

/** A structure element as a screen reader meets it: its role, the text of its own content, its children. */
export type StructureNode = { role: string; text: string; children: StructureNode[] };

export type PdfAccessibility = {
  language: string | null;
  marked: boolean;
  displayDocTitle: boolean;
  title: string | null;
  xmpTitle: string | null;
  /** Per page, the structure tree in reading order; `null` for a page without one. */
  pages: (StructureNode | null)[];
};

type RawNode = { role?: string; type?: string; id?: string; children?: RawNode[] };

function toNode(raw: RawNode, texts: Map<string, string>): StructureNode {
  const children: StructureNode[] = [];
  let text = "";
  for (const child of raw.children ?? []) {
    if (child.type === "content" && child.id) text += texts.get(child.id) ?? "";
    else if (child.role) children.push(toNode(child, texts));
  }
  return { role: raw.role ?? "", text, children };
}

/**
 * Reads back what makes a PDF accessible, with pdf.js as an assistive reader would: the catalogue
 * language, the tagged-PDF mark, whether viewers show the title, the title in the document information
 * and in the XMP metadata, and each page's structure tree with the text under each element.
 */
export async function readAccessibility(pdf: Uint8Array): Promise<PdfAccessibility> {
  const doc = await openPdf(pdf);
  try {
    const [meta, markInfo, preferences] = await Promise.all([
      doc.getMetadata(),
      doc.getMarkInfo(),
      doc.getViewerPreferences() as Promise<Record<string, unknown> | null>,
    ]);
    const info = meta.info as Record<string, unknown>;
    const xmpTitle: unknown = meta.metadata?.get("dc:title");
    const pages: (StructureNode | null)[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent({ includeMarkedContent: true, disableNormalization: true });
      const texts = new Map<string, string>();
      const open: string[] = [];
      for (const item of content.items) {
        if ("str" in item) {
          const id = open.at(-1);
          if (id) texts.set(id, `${texts.get(id) ?? ""}${item.str}${item.hasEOL ? "\n" : ""}`);
        } else if (item.type === "beginMarkedContentProps" || item.type === "beginMarkedContent") {
          open.push(item.id ?? "");
        } else if (item.type === "endMarkedContent") open.pop();
      }
      const tree = (await page.getStructTree()) as RawNode | null;
      pages.push(tree ? toNode(tree, texts) : null);
    }
    return {
      language: typeof info.Language === "string" ? info.Language : null,
      marked: markInfo?.Marked === true,
      displayDocTitle: preferences?.DisplayDocTitle === true,
      title: typeof info.Title === "string" ? info.Title : null,
      xmpTitle: typeof xmpTitle === "string" ? xmpTitle : null,
      pages,
    };
  } finally {
    await doc.destroy();
  }
}

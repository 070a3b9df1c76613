import "server-only";
import path from "node:path";

// Metrics of the standard fonts: without them pdf.js guesses glyph widths slowly, page by page.
const STANDARD_FONTS = `${path.join(process.cwd(), "node_modules", "pdfjs-dist", "standard_fonts")}${path.sep}`;

/** Opens a PDF with pdf.js for reading only: no scripts, no system fonts, no font faces. */
export async function openPdf(pdf: Uint8Array) {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  // pdf.js takes ownership of the buffer it is given, so it gets a copy.
  const task = getDocument({
    data: new Uint8Array(pdf),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    standardFontDataUrl: STANDARD_FONTS,
    verbosity: 0,
  });
  return task.promise;
}

/**
 * Reads a PDF back as a reader's software would: its text layer and its metadata. The leak check
 * runs on this, not on what we meant to draw. The content comes first, in reading order across the
 * pages, so a sentence that runs onto the next page reads on; the artifacts (page numbers) follow.
 */
export async function extractPdfText(pdf: Uint8Array): Promise<{ text: string; metadata: string; pages: number }> {
  const doc = await openPdf(pdf);
  try {
    const pages: string[] = [];
    const artifacts: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      // pdf.js would fold some characters (µ to μ, ﬁ to fi, a no-break space to a space); the leak
      // check must see exactly the characters that were drawn.
      const content = await page.getTextContent({ disableNormalization: true, includeMarkedContent: true });
      let text = "";
      let artifact = "";
      const open: boolean[] = [];
      for (const item of content.items) {
        if ("str" in item) {
          const str = `${item.str}${item.hasEOL ? "\n" : ""}`;
          if (open.includes(true)) artifact += str;
          else text += str;
        } else if (item.type === "beginMarkedContent" || item.type === "beginMarkedContentProps") {
          // pdf.js reports the marked content's tag, though its types leave it out.
          open.push((item as { tag?: string }).tag === "Artifact");
        } else if (item.type === "endMarkedContent") open.pop();
      }
      pages.push(text);
      if (artifact) artifacts.push(artifact);
    }
    const meta = await doc.getMetadata();
    const xmp: unknown = meta.metadata?.getRaw();
    return {
      text: [...pages, ...artifacts].join("\n"),
      metadata: JSON.stringify({ info: meta.info, metadata: xmp ?? null }),
      pages: doc.numPages,
    };
  } finally {
    await doc.destroy();
  }
}

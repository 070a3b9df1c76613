import "server-only";
import path from "node:path";

// Metrics of the standard fonts: without them pdf.js guesses glyph widths slowly, page by page.
const STANDARD_FONTS = `${path.join(process.cwd(), "node_modules", "pdfjs-dist", "standard_fonts")}${path.sep}`;

/**
 * Reads a PDF back as a reader's software would: its text layer and its metadata. The leak check
 * runs on this, not on what we meant to draw.
 */
export async function extractPdfText(pdf: Uint8Array): Promise<{ text: string; metadata: string; pages: number }> {
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
  const doc = await task.promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(content.items.map((item) => ("str" in item ? `${item.str}${item.hasEOL ? "\n" : ""}` : "")).join(""));
    }
    const meta = await doc.getMetadata();
    return {
      text: pages.join("\n"),
      metadata: JSON.stringify({ info: meta.info, metadata: meta.metadata?.getRaw() ?? null }),
      pages: doc.numPages,
    };
  } finally {
    await doc.destroy();
  }
}

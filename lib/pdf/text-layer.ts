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
 * runs on this, not on what we meant to draw.
 */
export async function extractPdfText(pdf: Uint8Array): Promise<{ text: string; metadata: string; pages: number }> {
  const doc = await openPdf(pdf);
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      // pdf.js would fold some characters (µ to μ, ﬁ to fi, a no-break space to a space); the leak
      // check must see exactly the characters that were drawn.
      const content = await page.getTextContent({ disableNormalization: true });
      pages.push(content.items.map((item) => ("str" in item ? `${item.str}${item.hasEOL ? "\n" : ""}` : "")).join(""));
    }
    const meta = await doc.getMetadata();
    const xmp: unknown = meta.metadata?.getRaw();
    return {
      text: pages.join("\n"),
      metadata: JSON.stringify({ info: meta.info, metadata: xmp ?? null }),
      pages: doc.numPages,
    };
  } finally {
    await doc.destroy();
  }
}

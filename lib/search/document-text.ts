import { extractPdfText } from "@/lib/pdf/text-layer";

/** More text than this is not indexed: a tsvector holds at most 1 MB, and the start of a document says most. */
export const MAX_INDEXED_CHARS = 100_000;

/**
 * The searchable text of an uploaded PDF, read with the same pdf.js reader the leak check uses. A
 * scan without a text layer, or a file pdf.js cannot read, is still stored: it is then found by its
 * title only, so null and not an error.
 */
export async function readDocumentText(pdf: Uint8Array): Promise<string | null> {
  try {
    const { text } = await extractPdfText(pdf);
    // PostgreSQL text cannot hold NUL; other control characters only disturb the snippets.
    const clean = text
      .replace(/[\p{Cc}\p{Cf}]/gu, " ")
      .replace(/\s+/g, " ")
      .trim();
    return clean ? clean.slice(0, MAX_INDEXED_CHARS) : null;
  } catch {
    return null;
  }
}

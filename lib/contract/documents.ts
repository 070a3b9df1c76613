import { isPdf } from "@/lib/trajectory/pdf";

/** Largest document a provider or officer may upload with a contract. */
export const MAX_DOCUMENT_BYTES = 15 * 1024 * 1024;

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const startsWith = (bytes: Uint8Array, sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);

const OOXML: Array<[string, string, string]> = [
  ["word/", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"],
  ["xl/", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"],
  ["ppt/", "application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"],
];

/**
 * What a document is, judged by its content and never by the name or the browser's claim: a PDF,
 * an Office Open XML or OpenDocument file, or a legacy Office (OLE2) file. Null for anything else.
 */
export function detectDocumentType(bytes: Uint8Array): { contentType: string; extension: string } | null {
  if (isPdf(bytes)) return { contentType: "application/pdf", extension: "pdf" };
  if (bytes.length >= 512 && startsWith(bytes, OLE2))
    return { contentType: "application/octet-stream", extension: "doc" };
  if (bytes.length < 30 || !startsWith(bytes, ZIP)) return null;
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, Math.min(bytes.length, 64 * 1024)));
  // OpenDocument: the first entry is "mimetype", stored uncompressed, naming the document type.
  const odf =
    /^PK\x03\x04[\s\S]{26}mimetype(application\/vnd\.oasis\.opendocument\.(text|spreadsheet|presentation))/.exec(head);
  if (odf)
    return {
      contentType: odf[1]!,
      extension: { text: "odt", spreadsheet: "ods", presentation: "odp" }[odf[2] as "text"],
    };
  const names = zipEntryNames(bytes);
  if (!names.includes("[Content_Types].xml")) return null;
  for (const [prefix, contentType, extension] of OOXML)
    if (names.some((n) => n.startsWith(prefix))) return { contentType, extension };
  return null;
}

/** Entry names from a ZIP's central directory. */
function zipEntryNames(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 64 KiB + 22 bytes.
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) !== 0x06054b50) continue;
    const count = view.getUint16(i + 10, true);
    let p = view.getUint32(i + 16, true);
    const names: string[] = [];
    for (let n = 0; n < count && p + 46 <= bytes.length; n++) {
      if (view.getUint32(p, true) !== 0x02014b50) break;
      const nameLength = view.getUint16(p + 28, true);
      const extra = view.getUint16(p + 30, true);
      const comment = view.getUint16(p + 32, true);
      names.push(new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength)));
      p += 46 + nameLength + extra + comment;
    }
    return names;
  }
  return [];
}

/** A safe file name with the extension the content proved. */
export function safeFileName(name: string, extension: string): string {
  const base =
    name
      .replace(/\.[^.]*$/, "")
      .replace(/[^\p{L}\p{N}._ -]/gu, "_")
      .slice(0, 150) || "document";
  return `${base}.${extension}`;
}

/** Reads an uploaded file and proves by its content that it is a PDF or office document. */
export async function readUploadedDocument(
  file: unknown,
): Promise<
  { bytes: Uint8Array; contentType: string; fileName: string } | { problem: "missing" | "too_large" | "not_document" }
> {
  if (!(file instanceof File) || file.size === 0) return { problem: "missing" };
  if (file.size > MAX_DOCUMENT_BYTES) return { problem: "too_large" };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = detectDocumentType(bytes);
  if (!type) return { problem: "not_document" };
  return { bytes, contentType: type.contentType, fileName: safeFileName(file.name, type.extension) };
}

const HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const TRAILER = "%%EOF";

/** True when the bytes look like a complete PDF: the header at the start and an end-of-file marker near the end. */
export function isPdf(bytes: Uint8Array): boolean {
  if (bytes.length < 16 || !HEADER.every((b, i) => bytes[i] === b)) return false;
  const tail = new TextDecoder("latin1").decode(bytes.subarray(Math.max(0, bytes.length - 1024)));
  return tail.includes(TRAILER);
}

/**
 * A copy of an OpenType/TrueType font without some of its tables. Only the table directory is
 * rewritten: every remaining record keeps its absolute offset, so the table data stays where it is.
 */
export function withoutTables(font: Uint8Array, tags: readonly string[]): Buffer {
  const source = Buffer.from(font.buffer, font.byteOffset, font.byteLength);
  const version = source.readUInt32BE(0);
  // TrueType outlines (0x00010000 or "true") or CFF ("OTTO"); a collection or WOFF is not handled here.
  if (version !== 0x00010000 && version !== 0x74727565 && version !== 0x4f54544f)
    throw new Error("Not a single OpenType font");
  const count = source.readUInt16BE(4);
  const records: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    const record = source.subarray(12 + i * 16, 28 + i * 16);
    if (!tags.includes(record.toString("latin1", 0, 4))) records.push(Buffer.from(record));
  }
  const out = Buffer.from(source);
  let log2 = 0;
  while (2 ** (log2 + 1) <= records.length) log2++;
  out.writeUInt16BE(records.length, 4);
  out.writeUInt16BE(2 ** log2 * 16, 6);
  out.writeUInt16BE(log2, 8);
  out.writeUInt16BE(records.length * 16 - 2 ** log2 * 16, 10);
  out.fill(0, 12, 12 + count * 16);
  records.forEach((record, i) => record.copy(out, 12 + i * 16));
  return out;
}

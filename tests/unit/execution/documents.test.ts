import { describe, expect, it } from "vitest";
import { detectDocumentType, safeFileName } from "@/lib/contract/documents";

/** A stored (uncompressed) ZIP with the given entries, enough for content sniffing. */
function zip(entries: Array<[string, string]>): Uint8Array {
  const enc = new TextEncoder();
  const locals: number[] = [];
  const central: number[] = [];
  const u16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
  const u32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];
  for (const [name, body] of entries) {
    const n = [...enc.encode(name)];
    const b = [...enc.encode(body)];
    const offset = locals.length;
    locals.push(
      ...u32(0x04034b50),
      ...u16(20),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u32(0),
      ...u32(b.length),
      ...u32(b.length),
      ...u16(n.length),
      ...u16(0),
      ...n,
      ...b,
    );
    central.push(
      ...u32(0x02014b50),
      ...u16(20),
      ...u16(20),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u32(0),
      ...u32(b.length),
      ...u32(b.length),
      ...u16(n.length),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u32(0),
      ...u32(offset),
      ...n,
    );
  }
  const eocd = [
    ...u32(0x06054b50),
    ...u16(0),
    ...u16(0),
    ...u16(entries.length),
    ...u16(entries.length),
    ...u32(central.length),
    ...u32(locals.length),
    ...u16(0),
  ];
  return new Uint8Array([...locals, ...central, ...eocd]);
}

describe("documents are judged by content", () => {
  it("accepts a PDF", () => {
    expect(detectDocumentType(new TextEncoder().encode("%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n"))?.contentType).toBe(
      "application/pdf",
    );
  });
  it("recognises Word, Excel and PowerPoint files", () => {
    expect(
      detectDocumentType(
        zip([
          ["[Content_Types].xml", "<Types/>"],
          ["word/document.xml", "<w:document/>"],
        ]),
      )?.extension,
    ).toBe("docx");
    expect(
      detectDocumentType(
        zip([
          ["[Content_Types].xml", "<Types/>"],
          ["xl/workbook.xml", "<workbook/>"],
        ]),
      )?.extension,
    ).toBe("xlsx");
    expect(
      detectDocumentType(
        zip([
          ["[Content_Types].xml", "<Types/>"],
          ["ppt/presentation.xml", "<p/>"],
        ]),
      )?.extension,
    ).toBe("pptx");
  });
  it("recognises OpenDocument files by their mimetype entry", () => {
    expect(
      detectDocumentType(
        zip([
          ["mimetype", "application/vnd.oasis.opendocument.text"],
          ["content.xml", "<office/>"],
        ]),
      ),
    ).toEqual({ contentType: "application/vnd.oasis.opendocument.text", extension: "odt" });
  });
  it("refuses other content whatever the name says", () => {
    expect(detectDocumentType(new TextEncoder().encode("Dit is geen PDF maar platte tekst."))).toBeNull();
    expect(detectDocumentType(zip([["payload.exe", "MZ"]]))).toBeNull();
    expect(detectDocumentType(new TextEncoder().encode("%PDF-1.4 but cut off"))).toBeNull();
  });
  it("names the file after what the content proved", () => {
    expect(safeFileName("verbeter<plan>.exe", "pdf")).toBe("verbeter_plan_.pdf");
    expect(safeFileName("", "docx")).toBe("document.docx");
  });
});

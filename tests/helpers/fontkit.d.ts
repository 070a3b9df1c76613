// fontkit (pdfkit's font engine) ships no types; tests read a font's character map and tables with it.
declare module "fontkit" {
  export type Font = {
    characterSet: number[];
    glyphForCodePoint(codePoint: number): { id: number };
    directory: { tables: Record<string, unknown> };
  };
  export function create(buffer: Buffer): Font;
}

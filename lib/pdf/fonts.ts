import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { withoutTables } from "./sfnt";

/**
 * Noto Sans (SIL Open Font License 1.1, from the `@expo-google-fonts/noto-sans` package) covers Latin
 * with every diacritic Dutch names carry (Yılmaz, Şahin, Wiśniewska, Nguyễn, Øverland), Greek and
 * Cyrillic. pdfkit embeds only the glyphs a document uses.
 */
const PACKAGE = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "noto-sans");
const FILES = {
  regular: "400Regular/NotoSans_400Regular.ttf",
  bold: "700Bold/NotoSans_700Bold.ttf",
  italic: "400Regular_Italic/NotoSans_400Regular_Italic.ttf",
  boldItalic: "700Bold_Italic/NotoSans_700Bold_Italic.ttf",
} as const;

export type FontStyle = keyof typeof FILES;
export const FONT_STYLES = Object.keys(FILES) as FontStyle[];

let loaded: Record<FontStyle, Buffer> | undefined;

/**
 * The font files, read once per process. Glyph substitution (GSUB: ligatures such as "fi", and
 * composing or decomposing accents) is removed: a PDF maps each glyph to one text, so a glyph that
 * stood for "fi" here and "ﬁ" there, or for "ı" and the "i" of "i̇", would read back wrong. Without it
 * every glyph comes from exactly one character and the text layer returns what was drawn; kerning
 * and accent placement (GPOS) stay.
 */
export function fontFiles(): Record<FontStyle, Buffer> {
  loaded ??= Object.fromEntries(
    FONT_STYLES.map((style) => [style, withoutTables(readFileSync(path.join(PACKAGE, FILES[style])), ["GSUB"])]),
  ) as Record<FontStyle, Buffer>;
  return loaded;
}

/** Registers the four styles on a document under their style names (`pdf.font("bold")`). */
export function registerFonts(pdf: PDFKit.PDFDocument): void {
  const files = fontFiles();
  for (const style of FONT_STYLES) pdf.registerFont(style, files[style]);
}

// Format characters (zero-width spaces and joiners, direction marks, the byte-order mark, the soft
// hyphen) have no place in a PDF text layer, and readers drop them; other spaces read back as spaces.
const FORMAT = /[\p{Cf}\u034f]/gu;
const SPACE = /[^\S\n]/g;

/**
 * The form in which text is drawn and in which the text layer gives it back: the characters as they
 * are (no Unicode normalisation, so both composed and decomposed accents come back identical),
 * without format characters, with every kind of space as a plain space.
 */
export function textLayerForm(text: string): string {
  return text.replace(FORMAT, "").replace(SPACE, " ");
}

import { readFileSync } from "node:fs";
import path from "node:path";
import { create } from "fontkit";
import { describe, expect, it } from "vitest";
import { withoutTables } from "@/lib/pdf/sfnt";

const FONT = path.join(process.cwd(), "node_modules/@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf");

describe("withoutTables", () => {
  it("drops the named tables and leaves a font whose other tables still read the same", () => {
    const original = readFileSync(FONT);
    const stripped = withoutTables(original, ["GSUB"]);
    const before = create(original);
    const after = create(stripped);
    expect(Object.keys(before.directory.tables)).toContain("GSUB");
    expect(Object.keys(after.directory.tables)).toEqual(
      Object.keys(before.directory.tables).filter((t) => t !== "GSUB"),
    );
    expect(after.characterSet).toEqual(before.characterSet);
    expect(after.glyphForCodePoint(0x131).id).toBe(before.glyphForCodePoint(0x131).id);
    // The caller's buffer is not changed.
    expect(Object.keys(create(original).directory.tables)).toContain("GSUB");
  });

  it("leaves a font without such a table as it was", () => {
    const original = readFileSync(FONT);
    expect(withoutTables(original, ["morx"]).equals(original)).toBe(true);
  });

  it("refuses what is not a single font", () => {
    expect(() => withoutTables(Buffer.from("wOF2 not a font at all"), ["GSUB"])).toThrow();
  });
});

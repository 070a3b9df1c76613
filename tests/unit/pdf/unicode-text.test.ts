import { create } from "fontkit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FONT_STYLES, fontFiles, textLayerForm } from "@/lib/pdf/fonts";
import { renderLetterPdf } from "@/lib/pdf/letter-document";
import { renderMinutesPdf } from "@/lib/pdf/minutes-document";
import { extractPdfText } from "@/lib/pdf/text-layer";
import type { RichTextDoc, RichTextMark } from "@/lib/rich-text/schema";

// Names of residents, providers and staff as they are spelled, composed and decomposed.
const NAMES = [
  "Yılmaz",
  "Şahin",
  "Wiśniewska",
  "Nguyễn",
  "Çelik",
  "Øverland",
  "Đặng Thị Hương",
  "Gülşen Öztürk",
  "İlkay Doğan",
  "Łukasz Wałęsa",
  "Jiří Dvořák",
  "Ĳsbrand van den Heuvel",
  "Zoë Anaïs François",
  "Sørensen-Ærø",
  "José Núñez",
  "Ngô Bảo Châu",
  "Παπαδόπουλος",
  "Шевченко",
];
const DECOMPOSED = NAMES.map((n) => n.normalize("NFD"));
// Words a font would set with ligatures, and characters a reader would fold or confuse.
const TRICKY = [
  "officieel afflux fijn Staffelkorting",
  "ﬁjn ﬂinke ﬀ",
  "İ".toLowerCase() + "stanbul",
  "µg en μ, Ω en Ω",
  "x\u0301\u0323 q\u0307\u0323",
];

const lines = (text: string) => text.split("\n");
const doc = (texts: string[], marks: RichTextMark[] = []): RichTextDoc => ({
  type: "doc",
  content: texts.map((text) => ({ type: "paragraph", content: [{ type: "text", text, marks }] })),
});
const meta = {
  title: "Verslag",
  subtitle: "Gemeente Zaanstad",
  municipality: "Zaanstad",
  footer: "Einde",
  publishedAt: new Date("2027-03-01T10:00:00Z"),
};

describe("the embedded fonts", () => {
  it.each(FONT_STYLES)("%s draws each character with a glyph of its own and substitutes none", (style) => {
    const font = create(fontFiles()[style]);
    expect(Object.keys(font.directory.tables)).not.toContain("GSUB");
    const owner = new Map<number, number>();
    for (const codePoint of font.characterSet) {
      const id = font.glyphForCodePoint(codePoint).id;
      expect(owner.get(id), `glyph ${id} of U+${codePoint.toString(16)}`).toBeUndefined();
      owner.set(id, codePoint);
    }
    for (const name of NAMES) for (const c of name) expect(font.characterSet).toContain(c.codePointAt(0));
  });
});

describe("the text layer of a minutes PDF", () => {
  it.each([
    ["regular", []],
    ["bold", [{ type: "bold" }]],
    ["italic", [{ type: "italic" }]],
    ["bold italic", [{ type: "bold" }, { type: "italic" }]],
  ] as const)("gives back every name identically, composed or decomposed (%s)", async (_style, marks) => {
    const texts = [...NAMES, ...DECOMPOSED, ...TRICKY];
    const { text } = await extractPdfText(await renderMinutesPdf({ ...meta, body: doc(texts, [...marks]) }));
    const found = lines(text);
    for (const t of texts) expect(found, JSON.stringify(t)).toContain(t);
  });

  it("gives back names in headings, redaction labels and the title", async () => {
    const body: RichTextDoc = {
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Gesprek met Nguyễn" }] },
        {
          type: "paragraph",
          content: [
            { type: "text", text: "Mevrouw Wiśniewska zei dat " },
            { type: "text", text: "[weggelakt — persoonsgegevens, 5.1.2e]", marks: [{ type: "redactionLabel" }] },
            { type: "text", text: " bij Şahin." },
          ],
        },
      ],
    };
    const pdf = await renderMinutesPdf({ ...meta, title: "Verslag overleg Yılmaz & Øverland", body });
    const { text, metadata } = await extractPdfText(pdf);
    expect(lines(text)).toEqual(
      expect.arrayContaining([
        "Verslag overleg Yılmaz & Øverland",
        "Gesprek met Nguyễn",
        "Mevrouw Wiśniewska zei dat [weggelakt — persoonsgegevens, 5.1.2e] bij Şahin.",
      ]),
    );
    expect(JSON.parse(metadata)).toMatchObject({ info: { Title: "Verslag overleg Yılmaz & Øverland" } });
  });

  it("gives back every character the font has, in the text layer's form", async () => {
    const all = String.fromCodePoint(...create(fontFiles().regular).characterSet.filter((c) => c > 0x20));
    const chunks = all.match(/[\s\S]{1,60}/gu) ?? [];
    const { text } = await extractPdfText(await renderMinutesPdf({ ...meta, body: doc(chunks) }));
    // Line breaks fall anywhere in these long runs, and a page number sits where the page turns.
    const squash = (s: string) => s.replace(/\s+/g, "").replace(/Pagina\d+van\d+/g, "");
    const got = squash(text);
    const want = squash(textLayerForm(all));
    const from = got.indexOf(want.slice(0, 20));
    const differs = [...want].findIndex((c, i) => [...got.slice(from)][i] !== c);
    expect(differs, `first difference at U+${want.codePointAt(differs)?.toString(16)}`).toBe(-1);
  });

  it("gives back any mix of accents, marks, ligature pairs and look-alikes as drawn", async () => {
    const alphabet = [..."aeiıoufilIİ", "\u0300", "\u0301", "\u0302", "\u0303", "\u0308", "\u0323", "\u0327"];
    const alike = ["ﬁ", "ﬂ", "µ", "μ", "Ω", "Ω", "ß", "ẞ", "ĳ", "Ĳ", "ǆ", "ễ", "ø", "ł", "đ", "ð"];
    const word = fc
      .array(fc.constantFrom(...alphabet, ...alike), { minLength: 1, maxLength: 24 })
      .map((cs) => `x${cs.join("")}`);
    await fc.assert(
      fc.asyncProperty(fc.array(word, { minLength: 10, maxLength: 30 }), async (words) => {
        const { text } = await extractPdfText(await renderMinutesPdf({ ...meta, body: doc(words) }));
        const found = lines(text);
        for (const w of words) expect(found).toContain(w);
      }),
      { numRuns: 8 },
    );
  });
});

describe("textLayerForm", () => {
  it("keeps characters as they are and only makes spaces plain and format characters go", () => {
    expect(textLayerForm("Nguyễn")).toBe("Nguyễn");
    expect(textLayerForm("Nguyễn".normalize("NFD"))).toBe("Nguyễn".normalize("NFD"));
    expect(textLayerForm("€\u00a054,50\u202fper\u2009uur")).toBe("€ 54,50 per uur");
    expect(textLayerForm("De\u200bBoer\u00ad\ufeff\u200e")).toBe("DeBoer");
    expect(textLayerForm("regel\neen\ttab")).toBe("regel\neen tab");
  });

  it("is what the text layer returns for text with such characters", async () => {
    const texts = ["€\u00a054,50 per\u202fuur", "mevrouw\u200b De\u00adBoer"];
    const { text } = await extractPdfText(await renderMinutesPdf({ ...meta, body: doc(texts) }));
    for (const t of texts) expect(lines(text)).toContain(textLayerForm(t));
  });
});

describe("the text layer of a letter PDF", () => {
  it("gives back the provider's and the municipality's names identically", async () => {
    const recipient = "Thuiszorg Şahin & Nguyễn B.V.\nt.a.v. mevrouw Wiśniewska";
    const pdf = await renderLetterPdf({
      sender: "Gemeente Zaanstad — contractmanagement Øverland",
      recipient,
      date: new Date("2027-03-01T10:00:00Z"),
      dateText: "1 maart 2027",
      subject: "Escalatieladder stap 1: Yılmaz Zorg",
      reference: "ZW-2027-001/ESC-1",
      paragraphs: ["Geachte mevrouw Çelik,", `Wij schrijven u over ${"Nguyễn".normalize("NFD")} en ﬁjne afspraken.`],
      closing: "Met vriendelijke groet,",
    });
    const found = lines((await extractPdfText(pdf)).text);
    for (const expected of [
      "Gemeente Zaanstad — contractmanagement Øverland",
      "Thuiszorg Şahin & Nguyễn B.V.",
      "t.a.v. mevrouw Wiśniewska",
      "Onderwerp: Escalatieladder stap 1: Yılmaz Zorg",
      "Geachte mevrouw Çelik,",
      `Wij schrijven u over ${"Nguyễn".normalize("NFD")} en ﬁjne afspraken.`,
    ])
      expect(found).toContain(expected);
  });
});

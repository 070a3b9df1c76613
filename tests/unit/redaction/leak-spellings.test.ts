import { describe, expect, it } from "vitest";
import { findLeaks } from "@/lib/redaction/leak-check";
import { foldForMatch } from "@/lib/redaction/link-address";

/** The removed-text leaks the check reports for one surface. */
const leaksIn = (removed: string, content: string) =>
  findLeaks({
    removed: [removed],
    surfaces: [{ name: "pdf", content }],
    publishedText: "",
    options: {},
    dismissed: [],
  });

const nfd = (s: string) => s.normalize("NFD");
const nfc = (s: string) => s.normalize("NFC");

describe("the leak check reads a removed name across a line wrap", () => {
  const name = "mevrouw Hoekstra-Bakir";
  it.each([
    ["a hyphen and a line break", "Zij sprak met mevrouw Hoekstra-\nBakir over de wachtlijst."],
    ["a hyphen and a space", "Zij sprak met mevrouw Hoekstra- Bakir over de wachtlijst."],
    ["a hyphen and several spaces and tabs", "mevrouw Hoekstra-  \t Bakir"],
    ["a Unicode hyphen (U+2010) and a break", "mevrouw Hoekstra\u2010\nBakir"],
    ["a non-breaking hyphen (U+2011)", "mevrouw Hoekstra\u2011Bakir"],
    ["an en dash and a space", "mevrouw Hoekstra\u2013 Bakir"],
    ["an em dash and a break", "mevrouw Hoekstra\u2014\nBakir"],
    ["a minus sign", "mevrouw Hoekstra\u2212Bakir"],
    ["a soft hyphen inside the name", "mevrouw Hoek\u00adstra-Bakir"],
    ["no hyphen at all", "mevrouw Hoekstrabakir"],
    ["upper case across the wrap", "MEVROUW HOEKSTRA-\nBAKIR"],
  ])("%s", (_, content) => {
    expect(leaksIn(name, content)).toEqual([
      { surface: "pdf", reason: "removed-text", length: expect.any(Number) as unknown },
    ]);
  });

  it("a slash followed by a wrap", () => {
    expect(leaksIn("Zorg/Welzijn Oost", "de stichting Zorg/\nWelzijn Oost")).toHaveLength(1);
    expect(leaksIn("Zorg/Welzijn Oost", "de stichting Zorg/ Welzijn Oost")).toHaveLength(1);
  });

  it("a hyphen the layout inserted inside a name", () => {
    expect(leaksIn("mevrouw Van Oosterhout", "met mevrouw Van Ooster-\nhout gesproken")).toHaveLength(1);
  });

  it("a removed text typed with the gap is found in its unwrapped spelling too", () => {
    expect(leaksIn("mevrouw Hoekstra- Bakir", "mevrouw Hoekstra-Bakir")).toHaveLength(1);
  });

  it("does not take another name or ordinary words for the removed one", () => {
    expect(leaksIn(name, "Zij sprak met mevrouw Hoekstra over de wachtlijst.")).toEqual([]);
    expect(leaksIn("meneer Bakir", "meneer Bakker - en - Bakir-achtig? Nee: meneer Bak- ker")).toEqual([]);
    expect(leaksIn("Zorg/Welzijn Oost", "Zorg en welzijn in Oost")).toEqual([]);
  });
});

describe("the leak check compares composed and decomposed accents alike", () => {
  it.each(["Şahin", "Wiśniewska", "Nguyễn", "Çelik", "Müller-Lüdenscheidt", "Øvergård"])("%s", (surname) => {
    const removed = `mevrouw ${surname}`;
    for (const [r, s] of [
      [nfc(removed), nfd(`Gesprek met mevrouw ${surname}.`)],
      [nfd(removed), nfc(`Gesprek met mevrouw ${surname}.`)],
      [nfd(removed), nfd(`Gesprek met MEVROUW ${surname.toUpperCase()}.`)],
    ] as const)
      expect(leaksIn(r, s)).toHaveLength(1);
  });

  it("an NFD name across a line wrap", () => {
    expect(leaksIn(nfc("mevrouw Şahin-Yılmaz"), nfd("mevrouw Şahin-\nYılmaz"))).toHaveLength(1);
  });

  it("a dotless ı in capitals", () => {
    expect(leaksIn("meneer Yılmaz", "MENEER YILMAZ")).toHaveLength(1);
  });

  it("folds both forms to the same text", () => {
    expect(foldForMatch(nfd("Şahin-\nYılmaz"))).toBe(foldForMatch(nfc("Şahin-Yılmaz")));
    expect(foldForMatch(nfd("Ångström"))).toBe("angstrom");
  });
});

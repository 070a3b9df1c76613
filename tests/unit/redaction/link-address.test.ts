import { describe, expect, it } from "vitest";
import { addressCarries, addressesIn, needlesFor, readableAddress } from "@/lib/redaction/link-address";

const name = needlesFor(["mevrouw Van den Heuvel"]);
const price = needlesFor(["€ 87,25"]);

describe("addressCarries", () => {
  it.each([
    ["a + for each space", "https://zorg.example/dossier?naam=mevrouw+Van+den+Heuvel", name],
    ["percent-encoded spaces", "https://zorg.example/?n=mevrouw%20Van%20den%20Heuvel", name],
    ["percent-encoded letters", "https://zorg.example/?n=%6D%65%76rouw%20%56an%20den%20%48euvel", name],
    ["encoded twice", "https://zorg.example/?n=mevrouw%2520Van%2520den%2520Heuvel", name],
    ["encoded three times with plus", "https://zorg.example/?n=mevrouw%252BVan%252Bden%252BHeuvel", name],
    ["HTML entities", "https://zorg.example/?n=mevrouw&#32;Van&#x20;den&nbsp;Heuvel", name],
    ["another case", "https://zorg.example/MEVROUW-VAN-DEN-HEUVEL", name],
    ["an e-mail local part", "mailto:vandenheuvel@zorg.example", name],
    ["an initial with the surname", "mailto:m.vandenheuvel@zorg.example", name],
    ["the surname in a slug", "https://zorg.example/clienten/heuvel-2024", name],
    [
      "an encoded subject with a cost price",
      "mailto:inkoop@zorg.example?subject=Kostprijs%20%E2%82%AC%2087%2C25",
      price,
    ],
    ["the price as a query value", "https://zorg.example/tarief?bedrag=87.25", price],
    ["a price with a plus", "https://zorg.example/?t=%E2%82%AC+87%2C25", price],
  ])("catches %s", (_, href, needles) => {
    expect(addressCarries(href, needles)).toBe(true);
  });

  it("decodes a Unicode name from punycode", () => {
    expect(addressCarries("https://xn--elik-zoa.example/", needlesFor(["mevrouw Çelik"]))).toBe(true);
    expect(addressCarries("https://xn--dossier-elik-zorg-hsb.example/", needlesFor(["Çelik"]))).toBe(true);
  });

  it("leaves addresses that carry nothing removed", () => {
    for (const href of [
      "https://www.zaanstad.nl/wmo",
      "mailto:wmo@zaanstad.nl",
      "https://zorg.example/?q=de+boer-straat".replace("boer", "kade"),
      "https://zorg.example/tarieven/2027",
    ])
      expect(addressCarries(href, needlesFor(["mevrouw Van den Heuvel", "€ 87,25"]))).toBe(false);
  });

  it("survives malformed percent-encoding without throwing", () => {
    expect(addressCarries("https://zorg.example/%E2%82%Heuvel%ZZ", name)).toBe(true);
    expect(addressCarries("https://zorg.example/%E9t%E9", needlesFor(["été"]))).toBe(true);
  });
});

describe("readableAddress", () => {
  it("shows the officer the address as a reader sees it", () => {
    expect(readableAddress("mailto:a@b.nl?subject=Kostprijs%20%E2%82%AC%2087%2C25")).toBe(
      "mailto:a@b.nl?subject=Kostprijs € 87,25",
    );
    expect(readableAddress("https://x.example/?naam=mevrouw+Van+den+Heuvel")).toBe(
      "https://x.example/?naam=mevrouw Van den Heuvel",
    );
  });
});

describe("addressesIn", () => {
  it("finds addresses in HTML attributes and JSON", () => {
    expect(addressesIn('<a href="https://a.example/?x=1&amp;y=2">z</a>')).toEqual(["https://a.example/?x=1&y=2"]);
    expect(addressesIn(JSON.stringify({ href: "mailto:a@b.example" }))).toEqual(["mailto:a@b.example"]);
  });
});

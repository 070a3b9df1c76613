import { describe, expect, it } from "vitest";
import { detectSensitive } from "@/lib/redaction/detect";
import type { DetectOptions, FindingKind } from "@/lib/redaction/finding";

const found = (text: string, options?: DetectOptions) => detectSensitive(text, options).map((f) => ({ text: text.slice(f.start, f.end), kind: f.kind, ground: f.ground }));

describe("detectSensitive: privacy", () => {
  it.each<[string, string, FindingKind]>([
    ["Het BSN van de cliënt is 123456782.", "123456782", "bsn"],
    ["BSN 123.456.782 stond in de mail.", "123.456.782", "bsn"],
    ["Zijn burgerservicenummer: 111 222 333", "111 222 333", "bsn"],
    ["Maak het over naar NL91 ABNA 0417 1643 00 graag.", "NL91 ABNA 0417 1643 00", "iban"],
    ["Rekening NL91ABNA0417164300.", "NL91ABNA0417164300", "iban"],
    ["Mail naar j.jansen@wijkzorg.nl voor vragen.", "j.jansen@wijkzorg.nl", "email"],
    ["Bel 06-12345678 of", "06-12345678", "phone"],
    ["bereikbaar op 06 1234 5678.", "06 1234 5678", "phone"],
    ["mobiel 0612345678", "0612345678", "phone"],
    ["of +31 6 12345678 's avonds", "+31 6 12345678", "phone"],
    ["kantoor +31(0)20 1234567", "+31(0)20 1234567", "phone"],
    ["vast 020-1234567", "020-1234567", "phone"],
    ["regio 0299-123456", "0299-123456", "phone"],
    ["zaak 075 123 45 67", "075 123 45 67", "phone"],
    ["Zij woont op 1441 AB Purmerend sinds kort.", "1441 AB Purmerend", "address"],
    ["Hij woont aan de Dorpsstraat 12 in Edam.", "Dorpsstraat 12", "address"],
    ["adres Kerkplein 3a, naast de kerk", "Kerkplein 3a", "address"],
    ["Mevrouw is geboren op 12-03-1948 in Zaandam.", "12-03-1948", "birth-date"],
    ["geboortedatum: 12 maart 1948", "12 maart 1948", "birth-date"],
    ["Het gaat om mevrouw Jansen uit Wormer.", "Jansen", "person-name"],
    ["Ook de heer Van der Berg kreeg geen begeleiding.", "Van der Berg", "person-name"],
    ["Zo vertelde cliënt Fatima El Amrani over haar ervaring.", "Fatima El Amrani", "person-name"],
    ["Dhr. Bakker wacht al een jaar.", "Bakker", "person-name"],
  ])("finds %j", (text, expected, kind) => {
    expect(found(text)).toContainEqual({ text: expected, kind, ground: "privacy" });
  });

  it.each([
    ["an invalid BSN checksum", "Het dossiernummer is 123456789."],
    ["an invalid IBAN checksum", "Rekening NL91ABNA0417164301 klopt niet."],
    ["a meeting date", "De bijeenkomst was op 12 maart 2027 in het stadhuis; de vorige op 3-4-2027."],
    ["an article number", "Zie artikel 2.25 en art. 2.38 Aanbestedingswet en artikel 5.1.2e Woo."],
    ["a KPI norm", "De norm voor cliënttevredenheid is een 8,5 en de norm voor wachttijd 95% binnen vier weken."],
    ["a participant's name", "Mevrouw De Vries van Wijkzorg Waterland opende de sessie."],
    ["a lowercase word after a title", "De cliënt heeft recht op ondersteuning."],
  ])("does not flag %s", (_, text) => {
    expect(found(text, { participants: ["Anna de Vries"] })).toEqual([]);
  });
});

describe("detectSensitive: competition", () => {
  it.each<[string, string, FindingKind]>([
    ["Onze kostprijs is € 54,50 per uur voor begeleiding.", "€ 54,50 per uur", "money"],
    ["Het uurtarief van EUR 61,20 is te laag.", "EUR 61,20", "money"],
    ["De omzet was vorig jaar 1,2 miljoen.", "1,2 miljoen", "money"],
    ["De loonkosten stegen naar €12k per maand.", "€12k per maand", "money"],
    ["We rekenen 1.200 euro aan overhead.", "1.200 euro", "money"],
    ["Een opslag van 12 k€ per traject.", "12 k€ per traject", "money"],
    ["Onze marge is 3,5 procent.", "3,5 procent", "percentage"],
    ["Een korting van 12% op het tarief.", "12%", "percentage"],
  ])("finds %j", (text, expected, kind) => {
    expect(found(text)).toContainEqual({ text: expected, kind, ground: "competition" });
  });

  it("ties a figure to a named provider", () => {
    expect(found("Wijkzorg Waterland zit op 14% ziekteverzuim.", { providerNames: ["Wijkzorg Waterland"] })).toContainEqual({ text: "14%", kind: "percentage", ground: "competition" });
    expect(found("Het ziekteverzuim in de regio is 14%.", { providerNames: ["Wijkzorg Waterland"] })).toEqual([]);
  });

  it("leaves the tender's own published figures alone", () => {
    const text = "Het budget van deze begroting blijft onder de drempel van € 750.000 voor sociale diensten.";
    expect(found(text)).toContainEqual({ text: "€ 750.000", kind: "money", ground: "competition" });
    expect(found(text, { publicFigures: ["€750.000"] })).toEqual([]);
    expect(found(text, { publicFigures: ["750000 euro"] })).toEqual([]);
  });

  it("always suggests the organisation's own confidential terms, as whole words", () => {
    expect(found("Het Project Zonnebloem start in mei; zonnebloemen niet.", { confidentialTerms: ["project zonnebloem"] })).toEqual([{ text: "Project Zonnebloem", kind: "confidential-term", ground: "competition" }]);
  });
});

describe("detectSensitive: offsets and order", () => {
  it("returns offsets into the original text, also after accented characters", () => {
    const text = "Cliënt ëéï zei: bel 06-12345678 of mail a@b.nl.";
    const result = detectSensitive(text);
    expect(result.map((f) => text.slice(f.start, f.end))).toEqual(["06-12345678", "a@b.nl"]);
  });

  it("returns sorted, non-overlapping findings, the wider one winning", () => {
    const text = "Kostprijs € 54,50 per uur, BSN 111222333, bel 0612345678, mw. Jansen, NL91ABNA0417164300.";
    const result = detectSensitive(text);
    for (let i = 1; i < result.length; i++) expect(result[i]!.start).toBeGreaterThanOrEqual(result[i - 1]!.end);
    expect(result.map((f) => f.kind)).toEqual(["money", "bsn", "phone", "person-name", "iban"]);
  });

  it("finds nothing in an empty text", () => {
    expect(detectSensitive("")).toEqual([]);
  });
});

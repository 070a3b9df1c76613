import { describe, expect, it } from "vitest";
import { detectSensitive } from "@/lib/redaction/detect";
import type { DetectOptions, FindingGround, FindingKind } from "@/lib/redaction/finding";

const found = (text: string, options?: DetectOptions) =>
  detectSensitive(text, options).map((f) => ({ text: text.slice(f.start, f.end), kind: f.kind, ground: f.ground }));

type Case = [text: string, expected: string, kind: FindingKind];
const privacy = (cases: Case[]) => cases.map(([text, expected, kind]) => [text, expected, kind, "privacy"] as const);
const competition = (cases: Case[]) =>
  cases.map(([text, expected, kind]) => [text, expected, kind, "competition"] as const);

describe("detectSensitive: privacy", () => {
  it.each<readonly [string, string, FindingKind, FindingGround]>([
    ...privacy([
      ["Het BSN van de cliënt is 123456782.", "123456782", "bsn"],
      ["BSN 123.456.782 stond in de mail.", "123.456.782", "bsn"],
      ["Zijn burgerservicenummer: 111 222 333", "111 222 333", "bsn"],
      ["Het nummer 123 456 782 hoort bij het dossier.", "123 456 782", "bsn"],
    ]),
    ...privacy([
      ["Maak het over naar NL91 ABNA 0417 1643 00 graag.", "NL91 ABNA 0417 1643 00", "iban"],
      ["Rekening NL91ABNA0417164300.", "NL91ABNA0417164300", "iban"],
      ["Een Britse rekening GB82 WEST 1234 5698 7654 32 werd ook genoemd.", "GB82 WEST 1234 5698 7654 32", "iban"],
      ["Of GB82WEST12345698765432 voor de buitenlandse vestiging.", "GB82WEST12345698765432", "iban"],
      ["Rekening NL91 ABNA 0417 1643 00 TEST is de juiste.", "NL91 ABNA 0417 1643 00", "iban"],
    ]),
    ...privacy([
      ["Mail naar j.jansen@wijkzorg.nl voor vragen.", "j.jansen@wijkzorg.nl", "email"],
      ["(zie: noor.smit+wmo@gemeente.purmerend.nl).", "noor.smit+wmo@gemeente.purmerend.nl", "email"],
    ]),
    ...privacy([
      ["Bel 06-12345678 of", "06-12345678", "phone"],
      ["bereikbaar op 06 1234 5678.", "06 1234 5678", "phone"],
      ["mobiel 0612345678", "0612345678", "phone"],
      ["of +31 6 12345678 's avonds", "+31 6 12345678", "phone"],
      ["kantoor +31(0)20 1234567", "+31(0)20 1234567", "phone"],
      ["vast 020-1234567", "020-1234567", "phone"],
      ["regio 0299-123456", "0299-123456", "phone"],
      ["zaak 075 123 45 67", "075 123 45 67", "phone"],
    ]),
    ...privacy([
      ["Zij woont op 1441 AB Purmerend sinds kort.", "1441 AB Purmerend", "address"],
      ["Hij woont aan de Dorpsstraat 12 in Edam.", "Dorpsstraat 12", "address"],
      ["adres Kerkplein 3a, 1131 AB Volendam, naast de kerk", "Kerkplein 3a, 1131 AB Volendam", "address"],
      ["Stuur het naar postcode 1500 GA, dat is de postbus.", "1500 GA", "address"],
      ["Verhuisd naar 1781 AB Den Helder vorig jaar.", "1781 AB Den Helder", "address"],
      ["Hij woont in 1135AB Edam-Volendam.", "1135AB Edam-Volendam", "address"],
      ["Het pand aan het Zuideinde 4-6 staat leeg.", "Zuideinde 4-6", "address"],
    ]),
    ...privacy([
      ["Mevrouw is geboren op 12-03-1948 in Zaandam.", "geboren op 12-03-1948", "birth-date"],
      ["geboren 12/03/1948, weduwe", "geboren 12/03/1948", "birth-date"],
      ["geboortedatum: 12 maart 1948", "geboortedatum: 12 maart 1948", "birth-date"],
      ["Dhr. (geb. 3 mrt. 1948) woont alleen.", "geb. 3 mrt. 1948", "birth-date"],
      ["Geboortejaar: 1952, alleenstaand.", "Geboortejaar: 1952", "birth-date"],
      ["Zij is geboren in 1961 en woont in Wormer.", "geboren in 1961", "birth-date"],
      ["geboortedatum 1948-03-12 volgens het dossier", "geboortedatum 1948-03-12", "birth-date"],
    ]),
    ...privacy([
      ["Het gaat om mevrouw Jansen uit Wormer.", "mevrouw Jansen", "person-name"],
      ["Ook de heer Van der Berg kreeg geen begeleiding.", "de heer Van der Berg", "person-name"],
      ["Zo vertelde cliënt Fatima El Amrani over haar ervaring.", "Fatima El Amrani", "person-name"],
      ["Dhr. Bakker wacht al een jaar.", "Dhr. Bakker", "person-name"],
      ["Volgens mw. A. de Vries-Jansen is de wachttijd te lang.", "mw. A. de Vries-Jansen", "person-name"],
      ["Bewoonster Yılmaz belde de wijkcoach.", "Yılmaz", "person-name"],
      ["Meneer van Dijk kreeg een beschikking.", "Meneer van Dijk", "person-name"],
      ["Mevr. Smit in Purmerend wacht nog.", "Mevr. Smit", "person-name"],
      ["Mevrouw Jansen te Purmerend wacht.", "Mevrouw Jansen", "person-name"],
      ["Ook de heer Ter Horst wacht.", "de heer Ter Horst", "person-name"],
    ]),
  ])("finds %j", (text, expected, kind, ground) => {
    expect(found(text)).toContainEqual({ text: expected, kind, ground });
  });

  it.each([
    ["an invalid BSN checksum", "Het dossiernummer is 123456789."],
    ["an invalid BSN with dots", "Kenmerk 123.456.789 van de brief."],
    ["an invalid IBAN checksum", "Rekening NL91ABNA0417164301 klopt niet."],
    ["an invalid spaced IBAN, also not as phone number", "Rekening NL91 ABNA 0417 1643 01 klopt niet."],
    ["a meeting date", "De bijeenkomst was op 12 maart 2027 in het stadhuis; de vergadering van 3-4-2027 ook."],
    ["a date followed by a time", "Op 06-04-2027 10.00 uur begon de sessie, op 01-03-2027 12 mensen."],
    ["article numbers", "Zie artikel 2.25 en art. 2.38 Aanbestedingswet en artikel 5.1.2e Woo."],
    ["version and list numbers", "In versie 2.3.1 staat onder punt 4.1 en 12) de planning."],
    ["a KPI norm", "De norm voor cliënttevredenheid is een 8,5 en de norm voor wachttijd 95% binnen vier weken."],
    ["a participant's surname", "Mevrouw De Vries van Wijkzorg Waterland opende de sessie."],
    ["a participant's full name", "Mevrouw Anna de Vries vatte het samen."],
    ["a lowercase word after a title", "De cliënt heeft recht op ondersteuning."],
    ["postcode letters that are not used", "Er waren 1234 SS-leden en 2027 SA volgens het verslag."],
    ["a year followed by an abbreviation", "In 2027 EU-breed afgestemd."],
    ["a year without a birth word", "Sinds 1948 bestaat de vereniging."],
  ])("does not flag %s", (_, text) => {
    expect(found(text, { participants: ["Anna de Vries"] })).toEqual([]);
  });

  it("does not suggest participants, by full name or surname, case-insensitive", () => {
    const text = "De heer Bakker en mevrouw Van Dam spraken; de heer Visser was cliënt.";
    expect(found(text, { participants: ["jan bakker", "Els van Dam"] })).toEqual([
      { text: "de heer Visser", kind: "person-name", ground: "privacy" },
    ]);
  });

  it("does not take a provider's name for part of a person's name", () => {
    const text = "Mw. Jansen van Zorggroep Zaanstreek vertelde het.";
    expect(found(text)).toEqual([{ text: "Mw. Jansen", kind: "person-name", ground: "privacy" }]);
    const other = "Mw. Jansen van Thuiszorg Oost vertelde het.";
    expect(found(other, { providerNames: ["Thuiszorg Oost"] })).toEqual([
      { text: "Mw. Jansen", kind: "person-name", ground: "privacy" },
    ]);
  });
});

describe("detectSensitive: competition", () => {
  it.each(
    competition([
      ["Onze kostprijs is € 54,50 per uur voor begeleiding.", "€ 54,50 per uur", "money"],
      ["Het uurtarief van EUR 61,20 is te laag.", "EUR 61,20", "money"],
      ["De begroting noemt EUR 1.200 voor vervoer.", "EUR 1.200", "money"],
      ["Onze kostprijs ligt op €54 per cliënt.", "€54 per cliënt", "money"],
      ["De omzet was vorig jaar 1,2 miljoen.", "1,2 miljoen", "money"],
      ["De exploitatie kost € 1,2 mln per jaar.", "€ 1,2 mln per jaar", "money"],
      ["De loonkosten stegen naar €12k per maand.", "€12k per maand", "money"],
      ["We rekenen 1.200 euro aan overhead.", "1.200 euro", "money"],
      ["Een opslag van 12 k€ per traject.", "12 k€ per traject", "money"],
      ["De offerte noemt 1.200,- euro voor de intake.", "1.200,- euro", "money"],
      ["Onze uitvoeringskosten zijn € 3.400.000 dit jaar.", "€ 3.400.000", "money"],
      ["Onze marge is 3,5 procent.", "3,5 procent", "percentage"],
      ["Een korting van 12% op het tarief.", "12%", "percentage"],
      ["Het verlies liep op tot 12 % van de omzet.", "12 %", "percentage"],
    ]),
  )("finds %j", (text, expected, kind, ground) => {
    expect(found(text)).toContainEqual({ text: expected, kind, ground });
  });

  it("says which cost word made a figure sensitive", () => {
    const [finding] = detectSensitive("Onze kostprijs is € 54,50 per uur.");
    expect(finding?.explanation).toBe("Bedrag in de buurt van 'kostprijs'.");
  });

  it("counts a cost word in the previous sentence only within about 80 characters", () => {
    expect(found("De kosten stegen. Het aandeel is 95%.")).toEqual([
      { text: "95%", kind: "percentage", ground: "competition" },
    ]);
    const far =
      "De kosten stegen. Daarna ging het lang over de planning, de wijkteams en de samenwerking met huisartsen. " +
      "Het aandeel is 95%.";
    expect(found(far)).toEqual([]);
  });

  it("does not read storage or a verb as a cost word", () => {
    expect(found("De opslagruimte is voor 40% gevuld en we omzetten 30% van de plannen.")).toEqual([]);
  });

  it("ties a figure to a named provider in the same sentence only", () => {
    const options = { providerNames: ["Wijkzorg Waterland"] };
    const hit = found("Wijkzorg Waterland zit op 14% ziekteverzuim.", options);
    expect(hit).toEqual([{ text: "14%", kind: "percentage", ground: "competition" }]);
    expect(detectSensitive("Wijkzorg Waterland zit op 14% ziekteverzuim.", options)[0]?.explanation).toContain(
      "Wijkzorg Waterland",
    );
    expect(found("Het ziekteverzuim in de regio is 14%.", options)).toEqual([]);
    expect(found("Wijkzorg Waterland was er ook. Het verzuim in de regio is 14%.", options)).toEqual([]);
  });

  it("leaves the municipality's published figures alone, however they are written", () => {
    const text = "Volgens de begroting van de aanbieder is de exploitatie € 750.000 voor sociale diensten.";
    expect(found(text)).toContainEqual({ text: "€ 750.000", kind: "money", ground: "competition" });
    for (const figure of ["€ 750.000", "€750.000", "750000 euro", "EUR 750 000", "750,000"])
      expect(found(text, { publicFigures: [figure] })).toEqual([]);
    expect(found("Het budget in de begroting is € 1.200.000.", { publicFigures: ["1,2 miljoen"] })).toEqual([]);
    expect(found("De korting is 3,5 procent.", { publicFigures: ["3,5%"] })).toEqual([]);
    // A published amount does not hide a percentage with the same number, nor another amount.
    expect(found("De korting is 3,5 procent en de kostprijs € 3,50.", { publicFigures: ["€ 3,5"] })).toEqual([
      { text: "3,5 procent", kind: "percentage", ground: "competition" },
    ]);
  });

  it("always suggests the organisation's own confidential terms, as whole words, case-insensitive", () => {
    expect(
      found("Het Project Zonnebloem start in mei; zonnebloemen niet. Over project  zonnebloem later.", {
        confidentialTerms: ["project zonnebloem"],
      }),
    ).toEqual([
      { text: "Project Zonnebloem", kind: "confidential-term", ground: "competition" },
      { text: "project  zonnebloem", kind: "confidential-term", ground: "competition" },
    ]);
  });

  it("escapes regex characters in terms and names", () => {
    expect(found("Het plan (B+) blijft intern, planB niet.", { confidentialTerms: ["plan (B+)", "a.b"] })).toEqual([
      { text: "plan (B+)", kind: "confidential-term", ground: "competition" },
    ]);
    expect(found("Zorg+ Noord (Edam) zit op 9%.", { providerNames: ["Zorg+ Noord (Edam)"] })).toEqual([
      { text: "9%", kind: "percentage", ground: "competition" },
    ]);
  });
});

describe("detectSensitive: offsets and order", () => {
  it("returns UTF-16 offsets into the original text, also after accents and astral characters", () => {
    const text = "Cliënt ëéï 😀 zei: bel 06-12345678 of mail a@b.nl. Cliënt Ünal Çelik was er.";
    const result = detectSensitive(text);
    expect(result.map((f) => text.slice(f.start, f.end))).toEqual(["06-12345678", "a@b.nl", "Ünal Çelik"]);
  });

  it("returns sorted, non-overlapping findings", () => {
    const text =
      "Kostprijs € 54,50 per uur, BSN 111222333, bel 0612345678, mw. Jansen, NL91ABNA0417164300, geboren 1-2-1950.";
    const result = detectSensitive(text);
    for (let i = 1; i < result.length; i++) expect(result[i]!.start).toBeGreaterThanOrEqual(result[i - 1]!.end);
    expect(result.map((f) => f.kind)).toEqual(["money", "bsn", "phone", "person-name", "iban", "birth-date"]);
  });

  it("keeps the wider of two overlapping findings", () => {
    // The street with its postcode, not the postcode alone; the amount, not the nine digits inside it.
    expect(found("Adres: Kerkplein 3a, 1131 AB Volendam.")).toEqual([
      { text: "Kerkplein 3a, 1131 AB Volendam", kind: "address", ground: "privacy" },
    ]);
    expect(found("De kosten: € 123.456.782 in totaal.")).toEqual([
      { text: "€ 123.456.782", kind: "money", ground: "competition" },
    ]);
    expect(
      found("De tarieven van project Noord: € 54 per uur.", { confidentialTerms: ["project Noord: € 54"] }).map(
        (f) => f.kind,
      ),
    ).toEqual(["confidential-term"]);
  });

  it("does not run a pattern across paragraphs", () => {
    expect(found("Het gaat om mevrouw\nJansen.")).toEqual([]);
  });

  it("finds nothing in an empty text", () => {
    expect(detectSensitive("")).toEqual([]);
  });

  it("stays fast on input built to make regular expressions backtrack", () => {
    const nasty = [
      "1.".repeat(20_000),
      "123 ".repeat(50_000),
      `${"a".repeat(50_000)}@`,
      "a@".repeat(50_000),
      `a@${"b.".repeat(50_000)}`,
      "Mevrouw ".repeat(10_000),
      "Mevrouw Van de Van de ".repeat(5_000),
      "€ 1 000 ".repeat(10_000),
      "kostenkosten".repeat(20_000),
      `${"Straat".repeat(20_000)}straat 1`,
      "NL91 ABCD ".repeat(10_000),
    ];
    const start = performance.now();
    for (const text of nasty)
      detectSensitive(text, { participants: ["A B"], providerNames: ["X Y"], confidentialTerms: ["z"] });
    // Each runs in tens of milliseconds; a quadratic pattern would take seconds to minutes.
    expect(performance.now() - start).toBeLessThan(3_000);
  });
});

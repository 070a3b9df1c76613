import { describe, expect, it } from "vitest";
import { detectSensitive } from "@/lib/redaction/detect";
import type { DetectOptions, FindingKind } from "@/lib/redaction/finding";

const found = (text: string, options?: DetectOptions) =>
  detectSensitive(text, options).map((f) => ({ text: text.slice(f.start, f.end), kind: f.kind, ground: f.ground }));
const texts = (text: string, options?: DetectOptions) => found(text, options).map((f) => f.text);

type Case = [text: string, expected: string, kind: FindingKind];
const expectFound = (cases: Case[]) =>
  it.each(cases)("finds in %j: %j", (text, expected, kind) => {
    expect(found(text)).toContainEqual({
      text: expected,
      kind,
      ground: kind === "money" || kind === "percentage" ? "competition" : "privacy",
    });
  });
const expectNothing = (cases: Array<[why: string, text: string, options?: DetectOptions]>) =>
  it.each(cases)("leaves alone %s", (_, text, options) => {
    expect(found(text, options)).toEqual([]);
  });

describe("names", () => {
  expectFound([
    ["Volgens de buurvrouw zit meneer Oosterhuis vaak alleen.", "meneer Oosterhuis", "person-name"],
    ["Wij spraken met dhr. van der steen over de aanvraag.", "dhr. van der steen", "person-name"],
    ["Ook de familie Kramer uit Assendelft meldde zich.", "de familie Kramer", "person-name"],
    ["Het gezin Al-Sayed woont in een te kleine woning.", "Het gezin Al-Sayed", "person-name"],
    ["Daarna sprak Wilma Koopmans over haar ervaringen.", "Wilma Koopmans", "person-name"],
    ["Een melding kwam van Youssef Amrani uit Koog.", "Youssef Amrani", "person-name"],
    ["De aanvraag van J.H. ten Brink is afgewezen.", "J.H. ten Brink", "person-name"],
    ["Jonne (7) gaat sinds kort naar de opvang.", "Jonne (7)", "person-name"],
    ["De vader van Lieke wil een second opinion.", "Lieke", "person-name"],
    ["Haar kleinzoon Mats helpt met boodschappen.", "Mats", "person-name"],
    ["Inwoonster Dekker-Vos kreeg een nieuwe beschikking.", "Dekker-Vos", "person-name"],
    ["In die wijk woont ook Ayşe Demir, die mantelzorger is.", "Ayşe Demir", "person-name"],
    ["Het echtpaar Wouters wacht op een traplift.", "Het echtpaar Wouters", "person-name"],
  ]);
  expectNothing([
    ["a chair introduced by role", "Voorzitter mevrouw Brink opent de vergadering."],
    ["a chair after a comma", "De voorzitter, de heer Smeets, sluit de vergadering."],
    ["an alderman and a minute-taker", "Wethouder Van Loon licht het besluit toe; notulist Joyce Kramer schrijft mee."],
    ["an attendance list", "Aanwezig: dhr. P. Smit (gemeente), mw. K. de Jong, Anouk Bakker en Erik Vos."],
    [
      "a provider's representative",
      "Kees Brouwer (Zorggroep Oost) vraagt naar de planning.",
      { providerNames: ["Zorggroep Oost"] },
    ],
    ["a participant by first name", "Sanne vraagt of de planning haalbaar is.", { participants: ["Sanne de Boer"] }],
    ["an official by full name", "Anouk Schouten stuurt het verslag rond.", { officials: ["Anouk Schouten"] }],
    ["capitalised ordinary words", "Begeleiding Individueel en Dagbesteding Groep worden apart ingekocht."],
    ["a lower-case word after a title-like noun", "De cliënt heeft recht op een persoonsgebonden budget."],
    ["a place name", "De sessie is in Zaandam, daarna in Den Helder en in Edam."],
    ["a professional by role", "Marloes Boersma, wijkverpleegkundige, en casemanager Joost Dam kwamen ook."],
  ]);
});

describe("health and care details", () => {
  expectFound([
    ["Mevrouw Postma heeft sinds vorig jaar de ziekte van Parkinson.", "ziekte van Parkinson", "health"],
    ["Zijn dochter Evi heeft diabetes en moet vaak naar het ziekenhuis.", "diabetes", "health"],
    ["Meneer Jacobs kampt met een zware depressie.", "een zware depressie", "health"],
    ["Sinds zijn burn-out komt hij de deur niet meer uit.", "burn-out", "health"],
    ["Hij is na een longontsteking opgenomen in het ziekenhuis.", "opgenomen in het ziekenhuis", "health"],
    ["Meneer Said brak zijn heup en ligt in het ziekenhuis.", "brak zijn heup", "health"],
    ["De jongere kreeg na de ondertoezichtstelling een gezinsvoogd.", "ondertoezichtstelling", "health"],
    ["Mevrouw Amrani heeft een drugsverslaving gehad.", "een drugsverslaving", "health"],
  ]);
  expectNothing([
    ["policy about a group", "Inwoners met dementie wachten gemiddeld langer op dagbesteding."],
    ["a product name", "Aanbieders van beschermd wonen en begeleiding vroegen om duidelijkheid."],
    [
      "a condition without anyone in the sentence",
      "De regio wil meer plekken voor jongeren met autisme.\nDe planning volgt.",
    ],
  ]);
});

describe("phone numbers, IBAN and BSN", () => {
  expectFound([
    ["Bel haar op (075) 612 34 56 na vijven.", "(075) 612 34 56", "phone"],
    ["Mobiel: +31 (0)6 12 34 56 78.", "+31 (0)6 12 34 56 78", "phone"],
    ["Zijn Duitse nummer is +49 211 1234567.", "+49 211 1234567", "phone"],
    ["In België: 0032 9 123 45 67.", "0032 9 123 45 67", "phone"],
    ["Of 0031 20 123 4567 vanuit het buitenland.", "0031 20 123 4567", "phone"],
    ["Betaal aan be68 5390 0754 7034 graag.", "be68 5390 0754 7034", "iban"],
    ["Rekening DE89370400440532013000 staat op haar naam.", "DE89370400440532013000", "iban"],
    ["Het BSN 1112 22 333 stond in de bijlage.", "1112 22 333", "bsn"],
    ["Haar nummer 111-222-333 werd genoemd.", "111-222-333", "bsn"],
  ]);
  expectNothing([
    ["a case number passing the elfproef", "Zaaknummer 111222333 is aangemaakt."],
    ["a file number with a colon", "Dossiernummer: 1112 22 333."],
    ["a reference", "Ons kenmerk 2027/111222333 graag vermelden."],
    ["an invoice number", "Factuurnummer 123456782 is betaald."],
    ["the municipality's service number", "Bel het Wmo-loket op 075 681 68 16 voor een afspraak."],
    ["a free service number", "Het meldpunt is gratis bereikbaar op 0800-1234567."],
    ["an invalid foreign IBAN", "Rekening DE89370400440532013001 bestaat niet."],
  ]);
});

describe("e-mail addresses", () => {
  const options: DetectOptions = { municipalDomains: ["zaanstad.nl"], participants: ["Erik Mulder"] };
  it("suggests personal addresses and leaves functional mailboxes, officials and participants alone", () => {
    const text =
      "Mail wmo@zaanstad.nl, inkoop-sociaal-domein@zaanstad.nl, info@zorggroep.nl, erik.mulder@zorggroep.nl, " +
      "team@wijkzorg.nl of p.devries@zaanstad.nl; de cliënt mailde vanaf jantje1960@gmail.com.";
    expect(texts(text, options)).toEqual(["p.devries@zaanstad.nl", "jantje1960@gmail.com"]);
  });
});

describe("addresses and birth dates", () => {
  expectFound([
    ["Zij woont op De Kolk 14 in Wormer.", "De Kolk 14", "address"],
    ["Adres: Rozenhof 3, 1544 AB Zaandijk.", "Rozenhof 3, 1544 AB Zaandijk", "address"],
    ["Post naar 1151 AG Broek in Waterland.", "1151 AG Broek in Waterland", "address"],
    ["Hij is geboren in 1939 en woont alleen.", "geboren in 1939", "birth-date"],
    ["Een 91-jarige bewoonster viel in de douche.", "91-jarige", "birth-date"],
  ]);
  expectNothing([
    ["a count after a place", "In Zaanstad 40 cliënten en in Edam 13,5% van de aanvragen."],
    ["a year without a birth word", "In 1951 werd de stichting opgericht."],
  ]);
});

describe("amounts and percentages", () => {
  expectFound([
    ["Ons uurtarief is zevenenvijftig euro.", "zevenenvijftig euro", "money"],
    ["De marge is twee komma vijf procent.", "twee komma vijf procent", "percentage"],
    ["De kosten stegen met 4 pct. in een jaar.", "4 pct.", "percentage"],
    ["In 2026 € 2.340.000 aan loonkosten.", "€ 2.340.000", "money"],
    ["De staffelkorting bedraagt 6%.", "6%", "percentage"],
    ["Het budget van Wijkzorg Oost is € 410.000.", "€ 410.000", "money"],
    ["De loonsom is drie miljoen euro.", "drie miljoen euro", "money"],
    ["Een reservering van 2 ton voor de cao.", "2 ton", "money"],
    ["De exploitatie sloot met een verlies van anderhalve ton.", "anderhalve ton", "money"],
    ["Het uurtarief is 58,20 bij ons.", "58,20", "money"],
  ]);
  expectNothing([
    ["an indexation percentage", "De tarieven worden met 3,2% geïndexeerd volgens de OVA."],
    ["a KPI norm", "De KPI-norm voor de wachttijd is 90%, ook voor de tarieven."],
    ["the municipality's own tariff", "De gemeente hanteert een tarief van € 61,20 per uur."],
    ["a national contribution", "Het abonnementstarief (eigen bijdrage via het CAK) is € 21,80 per maand."],
    ["a published figure", "Het tarief blijft € 59,95.", { publicFigures: ["59,95 euro"] }],
    ["a heading after a figure", "Tevreden was 70% van de cliënten.\n2. Tarieven"],
    ["a year before an amount without a cost word", "In 2027 zijn er 12 sessies gepland."],
  ]);
});

describe("published figures", () => {
  it("compares tons with amounts in digits", () => {
    const text = "Onze reservering is 3 ton.";
    expect(texts(text)).toEqual(["3 ton"]);
    expect(texts(text, { publicFigures: ["€ 300.000"] })).toEqual([]);
  });
});

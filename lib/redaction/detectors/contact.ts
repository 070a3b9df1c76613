import { oneOf, SP } from "./shared";

/** E-mail addresses, postal addresses, birth dates and ages. */
export type ContactSpan = { start: number; end: number; kind: "email" | "address" | "birth-date"; explanation: string };

// E-mail addresses are found from their "@": the domain is read forward, the local part walked back.
const EMAIL_DOMAIN = /@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/y;
const EMAIL_LOCAL_CHAR = /[\w.%+-]/;
// Functional mailboxes are no person's: "info@", "wmo@", "inkoop-sociaal-domein@", "team.noord@".
const FUNCTIONAL = new RegExp(
  String.raw`^(?:info|wmo|jeugd|jeugdhulp|inkoop|contact|secretariaat|administratie|planning|zorgloket|loket|` +
    String.raw`klantcontact|factuur|facturen|facturatie|backoffice|aanmelden|aanmelding|aanmeldingen|intake|` +
    String.raw`team|servicedesk|helpdesk|post|mail|algemeen|receptie|office|communicatie|contractmanagement|` +
    String.raw`contracten|sociaaldomein|sociaal-domein|noreply|no-reply|privacy|fg|klachten|wijkteam|` +
    String.raw`sociaalteam|gemeente|bestuurssecretariaat|raadsgriffie|griffie|vragen|support|hr|` +
    String.raw`personeelszaken|verkoop|sales|kwaliteit|zorgbemiddeling|cliëntenraad|clientenraad|wmoraad|` +
    String.raw`wmo-raad|ondernemingsraad|bestuur|directie|aanbesteding|aanbestedingen|tender|tenders|dialoog|` +
    String.raw`marktconsultatie|beleid|verantwoording|declaraties|declaratie|crediteuren|debiteuren|financien|` +
    String.raw`financiën)(?:[._+-][a-z0-9]+)*\d*$`,
  "i",
);

// A Dutch postcode: four digits not starting with 0, two capitals other than SA, SD or SS; then perhaps a place.
const POSTCODE_CORE = `[1-9]\\d{3}${SP}?(?!SA|SD|SS)[A-Z]{2}(?![\\p{L}\\d-])`;
// "Purmerend", "Den Helder", "Edam-Volendam", "Broek in Waterland", "Alphen aan den Rijn".
const PLACE =
  `(?:(?:Den|De|Het|Sint)${SP}|'s-)?\\p{Lu}\\p{Ll}+` +
  `(?:-\\p{Lu}\\p{Ll}+|${SP}(?:in|op|aan|bij)(?:${SP}(?:den|de))?${SP}\\p{Lu}\\p{Ll}+)*`;
const POSTCODE = new RegExp(`(?<![\\p{L}\\d])${POSTCODE_CORE}(?:${SP}{1,2}${PLACE})?`, "gu");
const STREET_SUFFIX = oneOf(`
  straat laan weg plein gracht kade singel dijk hof pad steeg dreef park markt wal baan ring erf akker burcht einde
  dam haven zijde plantsoen boulevard veld gaarde horst hoek brink wei weide kamp hout berg dal meer oord polder
  sloot tuin wijk straatweg kwartier allee rijn`);
const ADDITION = `(?:hs|bis|zw|rd|I{1,3})(?![\\p{L}\\d])`;
const HOUSE_NUMBER = `\\d{1,4}(?:${SP}?[a-zA-Z](?![\\p{L}\\d])|-\\d{1,4}|${SP}?${ADDITION})?`;
const POSTCODE_TAIL = `(?:,?${SP}{1,2}${POSTCODE_CORE}(?:${SP}{1,2}${PLACE})?)?`;
// A number followed by a unit counts something; it is no house number.
const UNITS = oneOf(`
  % procent euro jaar maand maanden weken dagen uur keer cli[eë]nten jongeren aanbieders plaatsen fte minuten
  deelnemers kinderen bedden woningen`);
const NOT_A_HOUSE = `(?!\\d|[.,]\\d|${SP}*(?:${UNITS}))`;
// "Dorpsstraat 12", "Kerkplein 3a", "Noordeinde 4-6", with the postcode and place if they follow.
// Matched from the suffix on; the code walks back to the capital that starts the street name.
const STREET = new RegExp(`(?:${STREET_SUFFIX})${SP}${HOUSE_NUMBER}${POSTCODE_TAIL}${NOT_A_HOUSE}`, "gu");
// A street without a known suffix ("Het Zand 7", "Rozengaarde 12") where the words around say it is an address.
const ADDRESS_CUE = oneOf(`
  [Ww]oon\\p{L}* [Aa]dres [Vv]erhuis\\p{L}* [Ww]onend [Pp]ostadres [Bb]ezoekadres [Ii]ngeschreven`);
const STREET_IN_CONTEXT = new RegExp(
  `(?:${ADDRESS_CUE})${SP}*(?:[:,]${SP}*)?(?:(?:aan|op)${SP}+)?(?:(?:de|het)${SP}+)?` +
    `((?:(?:Het|De|'t)${SP}+)?\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}?\\p{Ll}+){0,2}${SP}+${HOUSE_NUMBER}${POSTCODE_TAIL})` +
    NOT_A_HOUSE,
  "gu",
);

const MONTHS = oneOf(`
  januari februari maart april mei juni juli augustus september oktober november december
  jan feb mrt apr jun jul aug sep sept okt nov dec`);
const DATE =
  `(?:\\d{1,2}[-/.]\\d{1,2}[-/.](?:19|20)\\d{2}|\\d{1,2}${SP}(?:${MONTHS})\\.?${SP}(?:19|20)\\d{2}` +
  `|(?:19|20)\\d{2}-\\d{1,2}-\\d{1,2})`;
// From the birth word to the end of the date or year: "geboren op 12-03-1948", "geboren in 1951", "geb. 3 mrt. 1948".
const BIRTH = new RegExp(
  `(?<![\\p{L}])(?:geboren|geboortedatum|geboortejaar|geboortedag|geb\\.)[^\\d\\n]{0,20}?` +
    `(?:${DATE}|(?:19|20)\\d{2})(?![\\d\\-/]|[.,]\\d)`,
  "giu",
);
// An age identifies a person as much as a birth year: "87-jarige", "82 jaar oud", "op 14-jarige leeftijd".
const AGE = new RegExp(
  `(?<![\\p{L}\\d])\\d{1,3}-jarige?(?![\\p{L}])|(?<![\\p{L}\\d])\\d{1,3}${SP}jaar${SP}oud(?![\\p{L}])` +
    `|leeftijd${SP}van${SP}\\d{1,3}(?:${SP}jaar)?`,
  "giu",
);

export function findContact(
  text: string,
  isOrganisationDomain: (domain: string) => boolean,
  isKnownMailbox: (local: string) => boolean,
): ContactSpan[] {
  const spans: ContactSpan[] = [];
  const add = (start: number, end: number, kind: ContactSpan["kind"], explanation: string) =>
    spans.push({ start, end, kind, explanation });

  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
    let start = at;
    while (start > 0 && EMAIL_LOCAL_CHAR.test(text[start - 1]!)) start--;
    while (text[start] === ".") start++;
    EMAIL_DOMAIN.lastIndex = at;
    const domain = EMAIL_DOMAIN.exec(text);
    if (start === at || !domain) continue;
    const local = text.slice(start, at);
    at += domain[0].length - 1;
    if (FUNCTIONAL.test(local) || isKnownMailbox(local)) continue;
    // At the municipality's own domains only an address that looks personal ("j.jansen@") is suggested.
    if (isOrganisationDomain(domain[0].slice(1)) && !/^\p{L}[._-]|^\p{L}+[._-]\p{L}+$/u.test(local)) continue;
    add(start, start + local.length + domain[0].length, "email", "Een e-mailadres van een persoon.");
  }

  for (const m of text.matchAll(STREET)) {
    let start = m.index;
    while (start > 0 && /\p{L}/u.test(text[start - 1]!)) start--;
    if (start < m.index && /\p{Lu}/u.test(text[start]!)) {
      // "Het Zand", "De Kolk": the article belongs to the street name.
      const article = /(?:Het|De|'t)[ \u00a0]$/.exec(text.slice(Math.max(0, start - 4), start));
      add(start - (article?.[0].length ?? 0), m.index + m[0].length, "address", "Lijkt op een adres.");
    }
  }
  for (const m of text.matchAll(STREET_IN_CONTEXT)) {
    const start = m.index + m[0].length - m[1]!.length;
    add(start, start + m[1]!.length, "address", "Lijkt op een adres (na een woord als 'woont' of 'adres').");
  }
  for (const m of text.matchAll(POSTCODE))
    add(m.index, m.index + m[0].length, "address", "Lijkt op een postcode, met de plaats als die volgt.");

  for (const m of text.matchAll(BIRTH))
    add(m.index, m.index + m[0].length, "birth-date", "Geboortedatum of geboortejaar.");
  for (const m of text.matchAll(AGE))
    add(
      m.index,
      m.index + m[0].length,
      "birth-date",
      "Een leeftijd: samen met andere gegevens herleidbaar tot een persoon.",
    );
  return spans;
}

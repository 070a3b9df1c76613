import { detectSensitive } from "../../lib/redaction/detect";
import type { DetectOptions } from "../../lib/redaction/finding";
import { measure, type BenchResult } from "./measure";

const NAMES = ["Jansen", "de Vries", "Van der Berg", "Fatima El Amrani", "Bakker", "Yılmaz", "Visser-de Boer", "Smit"];
const PROVIDERS = ["Wijkzorg Waterland", "Zorggroep Zaanstreek", "Thuisbegeleiding Edam", "Jeugdhulp Noord"];
const STREETS = ["Dorpsstraat", "Kerkplein", "Zuideinde", "Wagenweg", "Molenlaan"];
const PLACES = ["Purmerend", "Volendam", "Zaandam", "Wormer", "Edam"];
const MONTHS = ["januari", "maart", "mei", "juli", "september", "november"];

/** A nine-digit number passing the elfproef, different for every `i` (deterministic, no randomness). */
function bsn(i: number): string {
  for (let n = 10_000_000 + i * 7_919; ; n++) {
    const digits = String(n).padStart(8, "0");
    let sum = 0;
    for (let k = 0; k < 8; k++) sum += Number(digits[k]) * (9 - k);
    const check = sum % 11;
    if (check < 10) return digits + check;
  }
}

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;
const euros = (i: number) => `${40 + (i % 37)},${String((i * 13) % 100).padStart(2, "0")}`;

// One generator per kind of sentence: sensitive passages, look-alikes that must be skipped, and plain discussion.
const SENTENCES: Array<(i: number) => string> = [
  () => "De gemeente opende de bijeenkomst en lichtte de planning van de aanbesteding toe.",
  (i) => `${pick(PROVIDERS, i)} gaf aan dat de kostprijs voor begeleiding op € ${euros(i)} per uur ligt.`,
  (i) => `Een aanbieder vroeg of de norm voor cliënttevredenheid, een ${7 + (i % 3)},5, haalbaar blijft.`,
  () => "Volgens artikel 2.38 van de Aanbestedingswet geldt voor sociale diensten de drempel van € 750.000.",
  (i) =>
    `Mevrouw ${pick(NAMES, i)}, geboren op ${1 + (i % 28)}-${1 + (i % 12)}-19${30 + (i % 60)}, ` +
    "wacht al maanden op begeleiding.",
  (i) =>
    `Voor vragen kunt u mailen naar info${i}@zorgaanbieder-voorbeeld.nl of bellen met ` +
    `06-${String(10_000_000 + i * 37).slice(0, 8)}.`,
  (i) => `De marge staat onder druk: de loonkosten stegen met ${1 + (i % 9)},5 procent in een jaar.`,
  (i) => `Het dossier met BSN ${bsn(i)} is per abuis in de bijlage meegestuurd; dossiernummer 123456789 is geen BSN.`,
  (i) => `Cliënt ${pick(NAMES, i + 3)} woont aan de ${pick(STREETS, i)} ${1 + (i % 120)}, 1441 AB ${pick(PLACES, i)}.`,
  () => "De wijkteams werken sinds maart samen met de huisartsen in de regio, en dat loopt goed volgens de aanwezigen.",
  () => "Betalingen gaan naar NL91 ABNA 0417 1643 00 volgens de aanbieder; NL91ABNA0417164301 is een typefout.",
  (i) =>
    `De volgende sessie is op ${1 + (i % 28)} ${pick(MONTHS, i)} 2027 in het stadhuis; ` +
    `zie ook versie ${i % 5}.${i % 9} van het verslag.`,
  (i) =>
    `Over het project Zonnebloem en de ${10 + (i % 40)}% korting die ${pick(PROVIDERS, i + 1)} bood, volgt later meer.`,
  () => "Meerdere aanbieders vroegen om duidelijkheid over de overgangsregeling en de termijnen voor jeugdhulp.",
  (i) =>
    `Bereikbaar op 020-${1_000_000 + i * 17} of +31 6 ${10_000_000 + i * 3}, ` +
    `zei de heer Van der ${pick(["Berg", "Meer", "Linden"], i)}.`,
  () =>
    "Piet de Boer van de gemeente vatte samen: de aanbieders willen meer ruimte voor maatwerk en minder administratie.",
  // The recognisers added later: names without a title, health details, figures in words, foreign numbers.
  (i) =>
    `${pick(["Fatima Bouzid", "A.M. van Leeuwen", "Sem (9)", "dhr. de graaf"], i)} heeft een hernia en wacht al weken.`,
  (i) =>
    `De moeder van ${pick(["Lotte", "Daan", "Noor"], i)} belde met (0299) 41 ${String(10 + (i % 89))} 45 ` +
    "of +49 30 1234567.",
  (i) => `De staffelkorting is drie procent en het budget van ${pick(PROVIDERS, i)} is veertig euro per cliënt hoger.`,
  (i) => `In 2024 € 1.120.000 aan loonkosten; de OVA-indexatie van 3,8% is openbaar, zaaknummer ${bsn(i + 5)} ook.`,
  () => "Voorzitter mevrouw Visser opende; mail wmo@zaanstad.nl of bel het Wmo-loket. Rekening nl91 abna 0417 1643 00.",
  (i) =>
    `${pick(["Bewoner P. Nowak", "Jongere Kyan", "Cliënte Wiśniewska"], i)} heeft een licht verstandelijke beperking.`,
];
// The generator walks the list in steps of 7: its length must share no factor with 7 to use every sentence.
if (SENTENCES.length % 7 === 0) throw new Error("detect-sensitive bench: the number of sentences is a multiple of 7");

/** About 100 pages of minutes: 300,000 characters, with a paragraph break every few sentences. */
export function minutesText(length = 300_000): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < length; i++) {
    const sentence = SENTENCES[(i * 7) % SENTENCES.length]!(i);
    parts.push(i % 9 === 8 ? `${sentence}\n` : `${sentence} `);
    size += sentence.length + 1;
  }
  return parts.join("").slice(0, length);
}

export const BENCH_OPTIONS: DetectOptions = {
  participants: ["Piet de Boer", "Anna de Vries"],
  officials: ["Anna Visser", "Jeroen Dekker"],
  municipalDomains: ["zaanstad.nl", "purmerend.nl"],
  providerNames: PROVIDERS,
  publicFigures: ["€ 750.000"],
  confidentialTerms: ["project Zonnebloem"],
};

export function benchDetectSensitive(): BenchResult {
  const text = minutesText();
  return measure(
    "detectSensitive — 100 pagina's notulen (300.000 tekens)",
    30,
    () => {
      detectSensitive(text, BENCH_OPTIONS);
    },
    // The target is for the median (issue: "under 100 ms median").
    { targetMs: 100, targetOn: "median" },
  );
}

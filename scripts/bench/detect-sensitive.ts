import { detectSensitive } from "../../lib/redaction/detect";
import { measure, type BenchResult } from "./measure";

const SENTENCES = [
  "De gemeente opende de bijeenkomst en lichtte de planning van de aanbesteding toe.",
  "Wijkzorg Waterland gaf aan dat de kostprijs voor begeleiding op € 54,50 per uur ligt.",
  "Een aanbieder vroeg of de norm voor cliënttevredenheid, een 8,5, haalbaar blijft.",
  "Volgens artikel 2.38 van de Aanbestedingswet is een sociale dienst boven de drempel van € 750.000.",
  "Mevrouw Jansen, geboren op 12-03-1948, wacht al maanden op begeleiding.",
  "Voor vragen kunt u mailen naar info@zorgaanbieder-voorbeeld.nl of bellen met 06-12345678.",
  "De marge staat onder druk: de loonkosten stegen met 4,5 procent in een jaar.",
  "Het dossier met BSN 111222333 is per abuis in de bijlage meegestuurd.",
  "Cliënt Fatima El Amrani woont aan de Dorpsstraat 12, 1441 AB Purmerend.",
  "De wijkteams werken sinds maart samen met de huisartsen in de regio.",
  "Betalingen gaan naar NL91 ABNA 0417 1643 00 volgens de aanbieder.",
  "De volgende sessie is op 3 april 2027 in het stadhuis van Zaandam.",
];

/** About 100 pages of minutes: 300,000 characters, a sensitive passage in most sentences. */
export function minutesText(length = 300_000): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < length; i++) {
    const sentence = SENTENCES[i % SENTENCES.length]!;
    parts.push(i % 9 === 8 ? `${sentence}\n` : sentence);
    size += sentence.length + 1;
  }
  return parts.join(" ").slice(0, length);
}

export function benchDetectSensitive(): BenchResult {
  const text = minutesText();
  const options = { participants: ["Piet de Boer"], providerNames: ["Wijkzorg Waterland", "Zorggroep Zaanstreek"], publicFigures: ["€ 750.000"], confidentialTerms: ["project zonnebloem"] };
  return measure("detectSensitive — 100 pagina's notulen (300.000 tekens)", 30, () => {
    detectSensitive(text, options);
  }, { targetMs: 300 });
}

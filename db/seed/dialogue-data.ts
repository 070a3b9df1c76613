import type { QuestionInput } from "@/lib/consultation/validation";
import type { RichTextDoc } from "@/lib/rich-text/schema";
import { notesDoc } from "./trajectories";

/** Titles the demo's consultations are found by, in the seed, its test and the README. */
export const DEMO_CONSULTATIONS = {
  open: "Marktconsultatie Begeleiding Wmo: wat werkt in de wijk?",
  invited: "Verkenning wachttijden ambulante jeugdhulp (op uitnodiging)",
  oral: "Dialoogsessie minimumeisen huishoudelijke ondersteuning",
  feedback: "Consultatie dyslexiezorg: toegang via school",
} as const;

export const doc = (lines: string[]): RichTextDoc => notesDoc(lines);

export const OPEN_INTRODUCTION = doc([
  "De gemeenten in Zaanstreek-Waterland kopen de begeleiding voor volwassenen opnieuw in. Voordat we de " +
    "doelen vastleggen, horen we graag van aanbieders, inwoners en adviesraden wat in de wijk werkt.",
  "Aanbieders antwoorden namens hun organisatie; collega's werken samen aan één concept.",
  "De Wmo-raad en de cliëntenraad geven hun advies via dezelfde vragen.",
  "Inwoners praten mee in de reacties onder de vragen.",
]);

export const OPEN_QUESTIONS: QuestionInput[] = [
  {
    kind: "open",
    prompt:
      "Welke vormen van lichte, collectieve ondersteuning zien u of uw cliënten als alternatief voor begeleiding?",
    helpText: "Noem voorbeelden uit uw eigen praktijk of buurt.",
    required: true,
    options: [],
  },
  {
    kind: "single",
    prompt: "Hoe moet de nieuwe overeenkomst de begeleiding bekostigen?",
    helpText: "",
    required: true,
    options: ["Per uur (inspanning)", "Per traject (resultaat)", "Per wijk (populatie)"],
  },
  {
    kind: "scale",
    prompt: "Hoe goed werkt de samenwerking met de lokale teams nu? (1 = slecht, 5 = uitstekend)",
    helpText: "",
    required: false,
    options: [],
  },
  {
    kind: "open",
    prompt: "Wat heeft u nodig om wachttijden terug te dringen?",
    helpText: "Cijfers over uw eigen wachtlijst kunt u als concurrentiegevoelig markeren.",
    required: false,
    options: [],
  },
];

export const INVITED_INTRODUCTION = doc([
  "De wachttijden bij ambulante jeugdhulp en jeugd-GGZ lopen op. Wij vragen de aanbieders die nu de meeste " +
    "gezinnen helpen om ons te vertellen waar het vastloopt.",
  "Deze consultatie is alleen zichtbaar voor uitgenodigde aanbieders.",
]);

export const INVITED_QUESTIONS: QuestionInput[] = [
  {
    kind: "open",
    prompt: "Wat is op dit moment de grootste oorzaak van wachttijd bij uw organisatie?",
    helpText: "",
    required: true,
    options: [],
  },
  {
    kind: "multiple",
    prompt: "Welke maatregelen zouden het meeste helpen?",
    helpText: "Kies er zoveel als u wilt.",
    required: false,
    options: ["Minder administratie", "Ruimere indicaties", "Vaste contactpersoon lokaal team", "Hogere tarieven"],
  },
];

export const ORAL_INTRODUCTION = doc([
  "In een dialoogsessie bespreken we met aanbieders van huishoudelijke ondersteuning de minimumeisen en de " +
    "reële prijs voor de toelating via open house.",
  "Van de sessie verschijnt een verslag voor alle betrokken partijen.",
]);

export const ORAL_QUESTIONS: QuestionInput[] = [
  {
    kind: "open",
    prompt: "Welke onderwerpen wilt u in de sessie bespreken?",
    helpText: "",
    required: false,
    options: [],
  },
];

export const FEEDBACK_INTRODUCTION = doc([
  "Kinderen met ernstige dyslexie krijgen vergoede zorg. We willen de toegang via school eenvoudiger maken en " +
    "vragen aanbieders, ouders en adviesraden hoe.",
]);

export const FEEDBACK_QUESTIONS: QuestionInput[] = [
  {
    kind: "open",
    prompt: "Wat gaat er nu mis bij de aanmelding via school?",
    helpText: "",
    required: true,
    options: [],
  },
  {
    kind: "single",
    prompt: "Wie moet het dossier van de school beoordelen?",
    helpText: "",
    required: true,
    options: ["De zorgaanbieder", "Een onafhankelijk poortwachter", "Het lokale team"],
  },
];

/** The report on what was heard and what the municipality does with it (terugkoppeling). */
export const FEEDBACK_REPORT = doc([
  "Wat we hoorden en wat we ermee doen. We ontvingen reacties van aanbieders en van de cliëntenraad.",
  "Aanmelding: scholen leveren dossiers nu in wisselende vorm aan. We maken één regionaal dossierformat; het " +
    "komt in het programma van eisen.",
  "Beoordeling: de meeste reacties kiezen voor een onafhankelijke poortwachter. Dat nemen we over, met een " +
    "maximale doorlooptijd van vier weken.",
  "Niet overgenomen: een vergoeding voor het opstellen van het dossier door de school valt buiten de Jeugdwet.",
]);

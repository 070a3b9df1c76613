import type { RichTextDoc } from "@/lib/rich-text/schema";
import type { CareDomain, LegalStage, Phase, ProcedureType } from "@/lib/trajectory/constants";
import type { ProductCode } from "./data";

export type TrajectorySeed = {
  title: string;
  summary: string;
  domain: CareDomain;
  procedureType: ProcedureType;
  legalStage: LegalStage;
  estimatedValue: number | null;
  visibility: "public" | "internal";
  products: ProductCode[];
  municipalities: string[];
  /** Phases the trajectory went through, in order; the last one is where it stands. */
  path: Phase[];
  /** Start of phase 1; the four phases follow each other in blocks of `phaseMonths`. */
  start: string;
  phaseMonths: number;
  backReason?: string;
  responsibilities: [string, string][];
  notes: Partial<Record<Phase, string[]>>;
};

export const TRAJECTORIES: TrajectorySeed[] = [
  {
    title: "Inkoop Begeleiding Wmo 2027–2031",
    summary: "Nieuwe contracten voor individuele begeleiding en dagbesteding voor volwassenen in de hele regio, met meer ruimte voor collectieve en preventieve ondersteuning in de wijk.",
    domain: "wmo", procedureType: "sas", legalStage: "preparation", estimatedValue: 18_500_000, visibility: "public",
    products: ["WMO-BI", "WMO-BG"], municipalities: ["Zaanstad", "Wormerland", "Purmerend", "Edam-Volendam", "Oostzaan", "Waterland", "Landsmeer"],
    path: ["strategic_goals"], start: "2026-09-01", phaseMonths: 4,
    responsibilities: [["Procesregie en planning", "Team Inkoop Sociaal Domein, gemeente Zaanstad"], ["Inhoudelijke visie en doelen", "Beleidsteam Wmo, gemeente Zaanstad"], ["Betrekken cliëntenraad en Wmo-raad", "Beleidsmedewerker participatie"], ["Juridische toets", "Inkoopjurist regio Zaanstreek-Waterland"]],
    notes: { strategic_goals: ["Concept-doelen: inwoners wonen langer zelfstandig, en minder mensen hebben individuele begeleiding nodig doordat er meer dichtbij in de wijk is.", "Nog te bespreken met aanbieders: wat is niet haalbaar in de eerste contractperiode?"] },
  },
  {
    title: "Jeugdhulp ambulant regio Zaanstreek-Waterland",
    summary: "Inkoop van ambulante jeugdhulp en jeugd-GGZ voor gezinnen in de zeven gemeenten, gericht op hulp dichtbij huis en minder verblijf.",
    domain: "jeugd", procedureType: "sas", legalStage: "specification", estimatedValue: 24_000_000, visibility: "public",
    products: ["JW-AMB", "JW-GGZ"], municipalities: ["Zaanstad", "Wormerland", "Purmerend", "Edam-Volendam", "Oostzaan", "Waterland", "Landsmeer"],
    path: ["strategic_goals", "analysis"], start: "2026-03-01", phaseMonths: 4,
    responsibilities: [["Procesregie en planning", "Regionaal inkoopteam Jeugd"], ["Marktanalyse en cijfers", "Team Onderzoek en Statistiek"], ["Contact met aanbieders", "Accounthouder jeugdhulp"]],
    notes: {
      strategic_goals: ["Vastgesteld: meer kinderen groeien thuis op; de inzet van verblijf daalt met een vijfde in vier jaar.", "Preventie en vroeg signaleren via de wijkteams krijgen voorrang boven keuzevrijheid in aanbieder."],
      analysis: ["Het aantal aanbieders van ambulante hulp is in drie jaar sterk gegroeid; veel kleine aanbieders en zzp'ers.", "Wachttijden bij jeugd-GGZ lopen op; bespreken met aanbieders wat daarvoor nodig is."],
    },
  },
  {
    title: "Huishoudelijke ondersteuning Zaanstad (open house)",
    summary: "Toelating van aanbieders van huishoudelijke ondersteuning via open house: iedere aanbieder die aan de eisen voldoet en de vastgestelde prijs accepteert, krijgt een contract.",
    domain: "wmo", procedureType: "open_house", legalStage: "tender", estimatedValue: 9_800_000, visibility: "public",
    products: ["WMO-HO"], municipalities: ["Zaanstad", "Wormerland"],
    path: ["strategic_goals", "analysis", "choices"], start: "2025-11-01", phaseMonths: 3,
    responsibilities: [["Procesregie en planning", "Inkoper sociaal domein, gemeente Zaanstad"], ["Reële prijs en tariefonderbouwing", "Team Financiën Sociaal Domein"], ["Consultatie minimumeisen", "Contractmanager Wmo"]],
    notes: {
      strategic_goals: ["Schoon en leefbaar huis voor iedereen die het zelf niet kan, met aandacht voor signalen achter de voordeur."],
      analysis: ["Arbeidsmarkt is krap; reële prijs volgens de AMvB moet de loonkosten volgen."],
      choices: ["Minimumeisen en prijs worden besproken vóórdat ze worden vastgesteld; daarna is onderhandelen niet meer mogelijk."],
    },
  },
  {
    title: "Beschermd wonen en maatschappelijke opvang",
    summary: "Contracten voor beschermd wonen in de regio, met de beweging naar wonen in de wijk met begeleiding.",
    domain: "wmo", procedureType: "competitive_dialogue", legalStage: "contract", estimatedValue: 31_000_000, visibility: "public",
    products: ["WMO-BW", "WMO-BI"], municipalities: ["Zaanstad", "Purmerend", "Edam-Volendam"],
    path: ["strategic_goals", "analysis", "choices", "execution"], start: "2024-09-01", phaseMonths: 5,
    responsibilities: [["Contractmanagement en monitoring", "Contractmanager Beschermd Wonen"], ["Jaarlijks contractgesprek", "Contractmanager en beleidsadviseur"], ["Escalatie", "Teamleider Inkoop en Contractmanagement"]],
    notes: {
      choices: ["Gekozen voor een contract van 2+2 jaar met een harde evaluatie, inclusief cliëntervaringsonderzoek."],
      execution: ["Eerste voortgangsgesprekken gepland; KPI's: cliënttevredenheid, behaald resultaat en tijdige start van de zorg."],
    },
  },
  {
    title: "Dyslexiezorg 2027",
    summary: "Inkoop van onderzoek en behandeling van ernstige enkelvoudige dyslexie voor basisschoolleerlingen.",
    domain: "jeugd", procedureType: "national_open", legalStage: "specification", estimatedValue: 640_000, visibility: "public",
    products: ["JW-DYS"], municipalities: ["Purmerend", "Edam-Volendam", "Oostzaan", "Waterland", "Landsmeer"],
    path: ["strategic_goals", "analysis", "choices", "analysis"], start: "2026-01-15", phaseMonths: 3,
    backReason: "De leerlingaantallen van de scholen wijken sterk af van de eerdere analyse; de analyse wordt opnieuw gedaan.",
    responsibilities: [["Procesregie", "Inkoper Jeugd, gemeente Purmerend"], ["Afstemming met onderwijs", "Beleidsmedewerker Onderwijs en Jeugd"]],
    notes: { analysis: ["Nieuwe telling bij scholen opgevraagd; resultaten worden besproken met de dyslexieaanbieders."] },
  },
  {
    title: "Kortdurend verblijf en respijtzorg",
    summary: "Verkenning van logeeropvang voor mantelzorgers die even op adem moeten komen.",
    domain: "both", procedureType: "subsidy", legalStage: "preparation", estimatedValue: null, visibility: "internal",
    products: ["WMO-KV", "JW-VB"], municipalities: ["Zaanstad", "Oostzaan"],
    path: ["strategic_goals"], start: "2026-10-01", phaseMonths: 3,
    responsibilities: [["Verkenning", "Beleidsmedewerker Mantelzorg"]],
    notes: {},
  },
];

/** A small editor document: first item a paragraph, the rest a bullet list. */
export function notesDoc(lines: string[]): RichTextDoc {
  const [first, ...rest] = lines;
  const paragraph = { type: "paragraph" as const, content: [{ type: "text" as const, text: first ?? "" }] };
  if (rest.length === 0) return { type: "doc", content: [paragraph] };
  return {
    type: "doc",
    content: [
      paragraph,
      { type: "bulletList", content: rest.map((text) => ({ type: "listItem" as const, content: [{ type: "paragraph" as const, content: [{ type: "text" as const, text }] }] })) },
    ],
  };
}

/** Adds whole months to an ISO date, staying on the same day number. */
export function addMonths(iso: string, months: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

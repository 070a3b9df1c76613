import type { CareDomain, LegalStage, Phase, ProcedureType } from "@/lib/trajectory/constants";
import { ALL_MUNICIPALITIES, type MunicipalityName, type ProductCode } from "./region";

export type OfficerEmail = "inkoper@zaanstad.nl" | "beleid@zaanstad.nl" | "contractmanager@purmerend.nl";

export type TrajectorySeed = {
  title: string;
  summary: string;
  domain: CareDomain;
  procedureType: ProcedureType;
  legalStage: LegalStage;
  estimatedValue: number | null;
  visibility: "public" | "internal";
  products: ProductCode[];
  municipalities: MunicipalityName[];
  /** Creates the trajectory, moves it and writes its notes. */
  owner: OfficerEmail;
  /** Planned start of each of the four phases, then the planned end of the last one. */
  timeline: [string, string, string, string, string];
  /** Phase moves that led to where it stands now, oldest first; starts in strategic_goals. */
  history: { to: Phase; at: string; reason?: string }[];
  responsibilities: [task: string, responsible: string][];
  /** First line becomes a paragraph, the rest a bullet list; one entry per phase reached so far. */
  notes: Partial<Record<Phase, string[]>>;
};

export const TRAJECTORIES: TrajectorySeed[] = [
  {
    title: "Inkoop Begeleiding Wmo 2027–2031",
    summary:
      "Nieuwe contracten voor individuele begeleiding en dagbesteding voor volwassenen in de hele regio, met " +
      "meer ruimte voor collectieve en preventieve ondersteuning in de wijk.",
    domain: "wmo",
    procedureType: "sas",
    legalStage: "preparation",
    estimatedValue: 18_500_000,
    visibility: "public",
    products: ["WMO-BI", "WMO-BG"],
    municipalities: ALL_MUNICIPALITIES,
    owner: "beleid@zaanstad.nl",
    timeline: ["2026-09-01", "2027-01-04", "2027-04-01", "2027-07-01", "2028-12-31"],
    history: [],
    responsibilities: [
      ["Procesregie en planning", "Team Inkoop Sociaal Domein, gemeente Zaanstad"],
      ["Inhoudelijke visie en doelen", "Beleidsteam Wmo, gemeente Zaanstad"],
      ["Betrekken cliëntenraad en Wmo-raad", "Beleidsmedewerker participatie, gemeente Zaanstad"],
      ["Juridische toets", "Inkoopjurist regio Zaanstreek-Waterland"],
    ],
    notes: {
      strategic_goals: [
        "Eerste verkenning met beleid, inkoop en de Wmo-raad gehouden op 8 oktober 2026.",
        "Concept-doel: meer inwoners redden zich met lichte, collectieve ondersteuning in de wijk, zodat " +
          "individuele begeleiding beschikbaar blijft voor wie die echt nodig heeft.",
        "Nog bespreken met aanbieders: welke rol zij zien voor sociaal werk en vrijwilligers, en wat in de " +
          "eerste contractperiode níet haalbaar is.",
        "Themabijeenkomst met koplopers gepland in december 2026.",
      ],
    },
  },
  {
    title: "Jeugdhulp ambulant regio Zaanstreek-Waterland",
    summary:
      "Inkoop van ambulante jeugdhulp en jeugd-GGZ voor gezinnen in de zeven gemeenten, gericht op hulp dichtbij " +
      "huis en minder verblijf.",
    domain: "jeugd",
    procedureType: "sas",
    legalStage: "specification",
    estimatedValue: 24_000_000,
    visibility: "public",
    products: ["JW-AMB", "JW-GGZ"],
    municipalities: ALL_MUNICIPALITIES,
    owner: "inkoper@zaanstad.nl",
    timeline: ["2026-03-02", "2026-07-01", "2026-12-01", "2027-04-01", "2028-12-31"],
    history: [{ to: "analysis", at: "2026-06-29T14:00:00Z" }],
    responsibilities: [
      ["Procesregie en planning", "Regionaal inkoopteam Jeugd Zaanstreek-Waterland"],
      ["Marktanalyse en cijfers", "Team Onderzoek en Statistiek, gemeente Zaanstad"],
      ["Contact met aanbieders", "Accounthouder jeugdhulp, gemeente Purmerend"],
      ["Betrekken jongeren en ouders", "Jongerenpanel en Cliëntenraad Zaanstreek-Waterland"],
    ],
    notes: {
      strategic_goals: [
        "Doelen vastgesteld door de portefeuillehouders Jeugd op 16 juni 2026.",
        "Meer kinderen groeien veilig thuis op; het gebruik van jeugdhulp met verblijf daalt in vier jaar met " +
          "een vijfde.",
        "Vroeg signaleren via wijkteams en scholen gaat voor uitbreiding van het aantal aanbieders.",
      ],
      analysis: [
        "De analyse loopt; het conceptrapport volgt eind november 2026.",
        "Het aantal aanbieders van ambulante jeugdhulp is sinds 2023 bijna verdubbeld, vooral door kleine " +
          "praktijken en zzp'ers.",
        "De wachttijden bij jeugd-GGZ lopen op; in een werksessie met aanbieders bespreken we wat nodig is om ze " +
          "terug te dringen.",
        "Cijfers van twee vergelijkbare jeugdregio's opgevraagd.",
      ],
    },
  },
  {
    title: "Huishoudelijke ondersteuning Zaanstad (open house)",
    summary:
      "Toelating van aanbieders van huishoudelijke ondersteuning via open house: iedere aanbieder die aan de " +
      "eisen voldoet en de vastgestelde prijs accepteert, krijgt een contract.",
    domain: "wmo",
    procedureType: "open_house",
    legalStage: "specification",
    estimatedValue: 9_800_000,
    visibility: "public",
    products: ["WMO-HO"],
    municipalities: ["Zaanstad"],
    owner: "inkoper@zaanstad.nl",
    timeline: ["2025-11-03", "2026-02-02", "2026-05-04", "2027-01-04", "2028-12-31"],
    history: [
      { to: "analysis", at: "2026-02-03T10:00:00Z" },
      { to: "choices", at: "2026-05-06T10:00:00Z" },
    ],
    responsibilities: [
      ["Procesregie en planning", "Team Inkoop Sociaal Domein, gemeente Zaanstad"],
      ["Tariefonderbouwing (reële prijs)", "Team Financiën Sociaal Domein, gemeente Zaanstad"],
      ["Consultatie minimumeisen", "Contractmanager Wmo, gemeente Zaanstad"],
    ],
    notes: {
      strategic_goals: [
        "Doel: een schoon en leefbaar huis voor inwoners die dat zelf niet (meer) kunnen, met oog voor signalen " +
          "achter de voordeur.",
        "Continuïteit voor cliënten weegt zwaarder dan het aantal aanbieders.",
      ],
      analysis: [
        "Circa 3.400 cliënten, bediend door 14 aanbieders; de drie grootste leveren samen ruim 70%.",
        "De arbeidsmarkt is krap: de reële prijs moet de loonontwikkeling in de cao volgen.",
        "Signalen die hulpen opvangen worden gewaardeerd, maar nergens vastgelegd.",
      ],
      choices: [
        "Gekozen voor open house: elke aanbieder die aan de minimumeisen voldoet en het vastgestelde tarief " +
          "accepteert, krijgt een contract.",
        "Minimumeisen en tarief bespreken we met aanbieders vóórdat ze worden vastgesteld; daarna liggen ze vast.",
        "Het concepttarief ligt ter consultatie tot 15 december 2026.",
        "Looptijd 2+2 jaar, met een harde evaluatie inclusief cliëntervaringsonderzoek.",
      ],
    },
  },
  {
    title: "Beschermd wonen en maatschappelijke opvang",
    summary:
      "Contracten voor beschermd wonen en maatschappelijke opvang in de regio, met de beweging van een " +
      "instelling naar wonen in de wijk met begeleiding.",
    domain: "wmo",
    procedureType: "competitive_dialogue",
    legalStage: "contract",
    estimatedValue: 31_000_000,
    visibility: "public",
    products: ["WMO-BW", "WMO-BI"],
    municipalities: ALL_MUNICIPALITIES,
    owner: "inkoper@zaanstad.nl",
    timeline: ["2025-01-06", "2025-05-01", "2025-09-01", "2026-01-05", "2028-12-31"],
    history: [
      { to: "analysis", at: "2025-04-29T09:30:00Z" },
      { to: "choices", at: "2025-09-02T09:30:00Z" },
      { to: "execution", at: "2026-01-07T09:30:00Z" },
    ],
    responsibilities: [
      ["Contractmanagement en monitoring", "Contractmanager Beschermd Wonen, gemeente Zaanstad"],
      ["Jaarlijks contractgesprek", "Contractmanager en beleidsadviseur Beschermd Wonen"],
      ["Escalatie", "Teamleider Inkoop en Contractmanagement, gemeente Zaanstad"],
      ["Afstemming met woningcorporaties", "Beleidsadviseur Wonen en Zorg"],
    ],
    notes: {
      strategic_goals: [
        "Van beschermd wonen in een instelling naar wonen in de wijk met begeleiding op maat.",
        "Een sluitende route van opvang tot zelfstandig wonen, zodat niemand tussen wal en schip valt.",
      ],
      analysis: [
        "Ongeveer 420 plaatsen beschermd wonen; het tekort aan uitstroomwoningen is het grootste knelpunt.",
        "Zonder afspraken met woningcorporaties komt de uitstroom niet op gang.",
      ],
      choices: [
        "Concurrentiegerichte dialoog met vier geselecteerde aanbieders.",
        "Contract van 2+2 jaar met een harde evaluatie, inclusief cliëntervaringsonderzoek.",
        "Vier KPI's: cliënttevredenheid, behaald resultaat, tijdige start van de zorg en uitstroom naar " +
          "zelfstandig wonen.",
      ],
      execution: [
        "De contracten gingen in op 1 januari 2026; de implementatie liep tot 1 juli 2026.",
        "Eerste contractmanagementgesprekken in het voorjaar van 2027, op basis van de jaarrapportage.",
        "Elk kwartaal voortgangsoverleg met de vier aanbieders samen.",
      ],
    },
  },
  {
    title: "Dyslexiezorg 2027",
    summary: "Inkoop van onderzoek naar en behandeling van ernstige enkelvoudige dyslexie voor basisschoolleerlingen.",
    domain: "jeugd",
    procedureType: "national_open",
    legalStage: "specification",
    estimatedValue: 640_000,
    visibility: "public",
    products: ["JW-DYS"],
    municipalities: ["Purmerend", "Edam-Volendam", "Oostzaan", "Waterland", "Landsmeer"],
    owner: "contractmanager@purmerend.nl",
    timeline: ["2026-01-15", "2026-04-01", "2026-07-01", "2026-12-01", "2028-07-31"],
    history: [
      { to: "analysis", at: "2026-03-30T11:00:00Z" },
      { to: "choices", at: "2026-06-29T11:00:00Z" },
      {
        to: "analysis",
        at: "2026-09-14T15:30:00Z",
        reason:
          "De leerlingaantallen die de scholen aanleverden wijken sterk af van de eerdere analyse; we doen de " +
          "analyse opnieuw voordat we keuzes vastleggen.",
      },
    ],
    responsibilities: [
      ["Procesregie", "Inkoper Jeugd, gemeente Purmerend"],
      ["Afstemming met onderwijs", "Beleidsmedewerker Onderwijs en Jeugd, gemeente Purmerend"],
      ["Contractbeheer huidige aanbieders", "Contractmanager Jeugd, gemeente Purmerend"],
    ],
    notes: {
      strategic_goals: [
        "Leerlingen met ernstige enkelvoudige dyslexie krijgen snel onderzoek en behandeling, dicht bij school.",
      ],
      analysis: [
        "Eerste analyse: ongeveer 180 trajecten per jaar, bij vijf aanbieders.",
        "Na de terugkeer uit fase 3 is een nieuwe telling bij de scholen opgevraagd; de uitkomst bespreken we " +
          "met de dyslexieaanbieders.",
      ],
      choices: [
        "Voorlopige keuze: één tarief per behandeltraject en een raamovereenkomst van 2+2 jaar.",
        "Deze keuze is aangehouden tot de nieuwe analyse klaar is.",
      ],
    },
  },
  {
    title: "Kortdurend verblijf en respijtzorg",
    summary: "Verkenning van logeeropvang voor volwassenen en kinderen, zodat mantelzorgers even op adem kunnen komen.",
    domain: "both",
    procedureType: "subsidy",
    legalStage: "preparation",
    estimatedValue: 450_000,
    visibility: "internal",
    products: ["WMO-KV", "JW-VB"],
    municipalities: ["Zaanstad", "Oostzaan", "Wormerland"],
    owner: "beleid@zaanstad.nl",
    timeline: ["2026-10-01", "2027-02-01", "2027-05-03", "2027-09-01", "2028-12-31"],
    history: [],
    responsibilities: [
      ["Verkenning en doelen", "Beleidsmedewerker Mantelzorg, gemeente Zaanstad"],
      ["Financiële kaders", "Team Financiën Sociaal Domein, gemeente Zaanstad"],
      ["Signalen van mantelzorgers", "Mantelzorgconsulenten van de wijkteams"],
    ],
    notes: {
      strategic_goals: [
        "Interne verkenning; nog niet openbaar.",
        "Mantelzorgers van volwassenen en van kinderen met een beperking kunnen op adem komen via logeeropvang " +
          "dicht bij huis.",
        "Nagaan of subsidie beter past dan inkoop, gezien de kleine omvang en de rol van vrijwilligers.",
      ],
    },
  },
  {
    title: "Pilot wijkgerichte dagbesteding Waterland",
    summary:
      "Tweejarige pilot met dagbesteding in dorpshuizen in Waterland, Oostzaan en Landsmeer, zodat deelnemers " +
      "minder ver hoeven te reizen.",
    domain: "wmo",
    procedureType: "one_to_one",
    legalStage: "contract",
    estimatedValue: 380_000,
    visibility: "public",
    products: ["WMO-BG"],
    municipalities: ["Waterland", "Oostzaan", "Landsmeer"],
    owner: "inkoper@zaanstad.nl",
    timeline: ["2025-09-01", "2025-11-03", "2026-01-05", "2026-04-01", "2028-03-31"],
    history: [
      { to: "analysis", at: "2025-10-30T13:00:00Z" },
      { to: "choices", at: "2026-01-06T13:00:00Z" },
      { to: "execution", at: "2026-03-30T13:00:00Z" },
    ],
    responsibilities: [
      ["Procesregie en planning", "Regionaal inkoopteam Sociaal Domein"],
      ["Contractmanagement", "Contractmanager Wmo, gemeente Waterland"],
      ["Evaluatie met deelnemers", "Beleidsmedewerker Wmo, gemeente Waterland"],
    ],
    notes: {
      strategic_goals: [
        "Dagbesteding dichter bij huis, zodat lange ritten naar Purmerend of Zaandam minder vaak nodig zijn.",
      ],
      analysis: [
        "Ongeveer 90 inwoners reizen dagelijks buiten hun dorp voor dagbesteding.",
        "Drie dorpshuizen en een zorgboerderij willen ruimte bieden.",
      ],
      choices: [
        "Onderhandeling met één aanbieder die al met de dorpshuizen samenwerkt; looptijd twee jaar als pilot.",
        "Evaluatie na één jaar met deelnemers, mantelzorgers en de cliëntenraad.",
      ],
      execution: ["De pilot is op 1 april 2026 gestart in drie dorpshuizen.", "Tussenevaluatie gepland in april 2027."],
    },
  },
];

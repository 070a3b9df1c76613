import type { Frequency } from "./due-dates";

/** Yearly, and in between when the municipality asks for it. */
export const COMPLAINTS_TITLE = "Klachtenrapportage (en tussentijds op aanvraag)";

/** The tenth row: the provider keeps track of its staff's time per client and shows it when asked. */
export const TIME_REGISTRATION_TITLE = "Registratie van de inzet van medewerkers per cliënt (tijdschrijven)";

/** The performance agreements of source 002's table, in its order, as a new contract starts with them. */
export const DEFAULT_AGREEMENTS: Array<{ title: string; frequency: Frequency; interimOnRequest?: true }> = [
  { title: "Rapportage SROI-verplichting", frequency: "yearly" },
  { title: COMPLAINTS_TITLE, frequency: "yearly", interimOnRequest: true },
  { title: "Rapportage cliënttevredenheidsonderzoek", frequency: "biennial" },
  { title: "Medewerkerstevredenheidsonderzoek", frequency: "biennial" },
  { title: "Medewerking aan pilots", frequency: "on_request" },
  { title: "Financieel jaaroverzicht (personeel in loondienst, uitbesteed werk, inhuur)", frequency: "yearly" },
  { title: "Agenda's of urenbriefjes op individueel niveau (steekproef)", frequency: "on_request" },
  { title: "Doelen uit zorgplannen behaald (steekproefcontrole dossiers)", frequency: "on_request" },
  { title: "Rapportage geleverde en gedeclareerde uren op cliëntniveau", frequency: "on_request" },
  { title: TIME_REGISTRATION_TITLE, frequency: "on_request" },
];

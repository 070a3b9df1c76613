import type { Role } from "@/lib/auth/roles";

export const DEMO_PASSWORD = "Welkom-demo-2026";

export type DemoAccount = {
  email: string;
  name: string;
  role: Role;
  description: string;
  jobTitle?: string;
  provider?: string;
  membershipStatus?: "pending" | "approved";
  council?: string;
};

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: "beheerder@inkoopdialoog.nl", name: "Bea Beheer", role: "admin", description: "beheerder (gebruikers, rollen, handreiking)" },
  { email: "inkoper@zaanstad.nl", name: "Ingrid Koper", role: "officer", jobTitle: "Inkoper", description: "medewerker gemeente — inkoper" },
  { email: "beleid@zaanstad.nl", name: "Bram Leidsman", role: "officer", jobTitle: "Beleidsmedewerker Wmo", description: "medewerker gemeente — beleidsmedewerker Wmo" },
  { email: "contractmanager@purmerend.nl", name: "Carla Manders", role: "officer", jobTitle: "Contractmanager", description: "medewerker gemeente — contractmanager" },
  { email: "aanbieder@zorggroep-zaanstreek.nl", name: "Anouk Zorg", role: "provider_member", provider: "Zorggroep Zaanstreek", membershipStatus: "approved", description: "medewerker aanbieder (grote aanbieder, goedgekeurd)" },
  { email: "aanbieder@buurtzorg-waterland.nl", name: "Bart Waterman", role: "provider_member", provider: "Buurtzorg Waterland", membershipStatus: "approved", description: "medewerker aanbieder (middelgrote aanbieder, goedgekeurd)" },
  { email: "zzp@zorgaandezaan.nl", name: "Jan de Vries", role: "provider_member", provider: "Zorg aan de Zaan – J. de Vries (zzp)", membershipStatus: "approved", description: "medewerker aanbieder (zzp'er, goedgekeurd)" },
  { email: "nieuw@zorggroep-zaanstreek.nl", name: "Nina Nieuw", role: "provider_member", provider: "Zorggroep Zaanstreek", membershipStatus: "pending", description: "medewerker aanbieder, wacht op goedkeuring" },
  { email: "inwoner@example.nl", name: "Ilse Inwoner", role: "resident", description: "inwoner" },
  { email: "clientenraad@example.nl", name: "Kees Raad", role: "resident", council: "Cliëntenraad Zaanstreek-Waterland", description: "lid cliëntenraad" },
  { email: "wmoraad@example.nl", name: "Wilma Raad", role: "resident", council: "Wmo-raad Zaanstad", description: "lid Wmo-raad" },
];

import type { Role } from "@/lib/auth/roles";
import type { CouncilName } from "./region";

/** One shared password for every demo account; it is printed in the README on purpose. */
export const DEMO_PASSWORD = "Welkom-demo-2026";

export type DemoAccount = {
  email: string;
  name: string;
  role: Role;
  /** The role as people in the portal call it, for the README and the sign-in hint. */
  roleLabel: string;
  description: string;
  jobTitle?: string;
  /** Name of a provider in providers.ts. */
  provider?: string;
  membershipStatus?: "pending" | "approved";
  council?: CouncilName;
  /**
   * TOTP secret of the demo's second factor (mandatory for officers and administrators). Public on
   * purpose, like the password: put it into an authenticator app to sign in to the demo.
   */
  totpSecret?: string;
};

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: "beheerder@inkoopdialoog.nl",
    totpSecret: "N3ERTKTHKKV6IXUEFLQ6HJ5HRKEMDNSZ",
    name: "Bea Beheer",
    role: "admin",
    roleLabel: "Beheerder",
    description: "beheert gebruikers, rollen en de handreiking",
  },
  {
    email: "inkoper@zaanstad.nl",
    totpSecret: "5JDPTKVB56SCX4GGMEJ2NPLPPX7ZTXOL",
    name: "Ingrid Koper",
    role: "officer",
    roleLabel: "Medewerker gemeente",
    jobTitle: "Inkoper",
    description: "inkoper bij de gemeente Zaanstad; maakt en beheert trajecten",
  },
  {
    email: "beleid@zaanstad.nl",
    totpSecret: "ZK2GONJELJ3G7NDNZDOMP56U6EX36NLB",
    name: "Bram Leidsman",
    role: "officer",
    roleLabel: "Medewerker gemeente",
    jobTitle: "Beleidsmedewerker Wmo",
    description: "beleidsmedewerker Wmo bij de gemeente Zaanstad",
  },
  {
    email: "contractmanager@purmerend.nl",
    totpSecret: "GZEDQTKW2CCOJDBNCIJW3ZQFO7R45ITT",
    name: "Carla Manders",
    role: "officer",
    roleLabel: "Medewerker gemeente",
    jobTitle: "Contractmanager",
    description: "contractmanager bij de gemeente Purmerend",
  },
  {
    email: "aanbieder@zorggroep-zaanstreek.nl",
    name: "Anouk Zorg",
    role: "provider_member",
    roleLabel: "Medewerker aanbieder",
    provider: "Zorggroep Zaanstreek",
    membershipStatus: "approved",
    description: "spreekt namens Zorggroep Zaanstreek (grote aanbieder)",
  },
  {
    email: "aanbieder@wijkzorg-waterland.nl",
    name: "Bart Waterman",
    role: "provider_member",
    roleLabel: "Medewerker aanbieder",
    provider: "Wijkzorg Waterland",
    membershipStatus: "approved",
    description: "spreekt namens Wijkzorg Waterland (middelgrote aanbieder)",
  },
  {
    email: "zzp@zorgaandezaan.nl",
    name: "Jan de Vries",
    role: "provider_member",
    roleLabel: "Medewerker aanbieder",
    provider: "Zorg aan de Zaan – J. de Vries (zzp)",
    membershipStatus: "approved",
    description: "zzp'er, spreekt namens Zorg aan de Zaan (kleine aanbieder)",
  },
  {
    email: "nieuw@zorggroep-zaanstreek.nl",
    name: "Nina Nieuw",
    role: "provider_member",
    roleLabel: "Medewerker aanbieder (in afwachting)",
    provider: "Zorggroep Zaanstreek",
    membershipStatus: "pending",
    description: "heeft zich aangemeld bij Zorggroep Zaanstreek; wacht op goedkeuring",
  },
  {
    email: "inwoner@example.nl",
    name: "Ilse Inwoner",
    role: "resident",
    roleLabel: "Inwoner",
    description: "inwoner van de regio",
  },
  {
    email: "clientenraad@example.nl",
    name: "Kees Raad",
    role: "resident",
    roleLabel: "Lid cliëntenraad",
    council: "Cliëntenraad Zaanstreek-Waterland",
    description: "lid van de Cliëntenraad Zaanstreek-Waterland",
  },
  {
    email: "wmoraad@example.nl",
    name: "Wilma Raad",
    role: "resident",
    roleLabel: "Lid Wmo-raad",
    council: "Wmo-raad Zaanstad",
    description: "lid van de Wmo-raad Zaanstad",
  },
];

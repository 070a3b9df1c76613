/** Why a passage may be withheld: it harms competition between providers, or a person's privacy. */
export type FindingGround = "competition" | "privacy";
export type FindingKind =
  | "bsn"
  | "iban"
  | "email"
  | "phone"
  | "address"
  | "birth-date"
  | "person-name"
  | "health"
  | "money"
  | "percentage"
  | "confidential-term";
/**
 * A suggestion for the officer. `start`/`end` are UTF-16 offsets into the text (end exclusive, as
 * String.slice); `explanation` is a short Dutch sentence saying why the passage was suggested.
 */
export type Finding = { start: number; end: number; kind: FindingKind; ground: FindingGround; explanation: string };

export type DetectOptions = {
  /** Names of meeting participants: never suggested as client names (full name or surname, case-insensitive). */
  participants?: readonly string[];
  /** Officials of the municipality (aldermen, officers): like participants, never suggested as client names. */
  officials?: readonly string[];
  /**
   * Internet domains of the region's municipalities ("zaanstad.nl"): their addresses are functional or an
   * official's, so only one that looks personal ("j.jansen@zaanstad.nl") is suggested. Subdomains count.
   */
  municipalDomains?: readonly string[];
  /**
   * Figures the municipality has published itself (e.g. "€ 221.000", "1,2 miljoen"): never suggested.
   * Compared by value, so spacing, thousand separators, "€"/"euro"/"EUR" and "miljoen"/"mln" do not matter.
   */
  publicFigures?: readonly string[];
  /** The organisation's own confidential terms (whole words, case-insensitive): always suggested. */
  confidentialTerms?: readonly string[];
  /** Names of provider organisations: money and percentages in the same sentence count as competition-sensitive. */
  providerNames?: readonly string[];
};

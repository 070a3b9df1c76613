/** What the detector can suggest, and on which side of the law it falls. */
export type FindingGround = "competition" | "privacy";
export type FindingKind = "bsn" | "iban" | "email" | "phone" | "address" | "birth-date" | "person-name" | "money" | "percentage" | "confidential-term";
/** `start`/`end` are offsets into the text (end exclusive, as String.slice). */
export type Finding = { start: number; end: number; kind: FindingKind; ground: FindingGround; explanation: string };

export type DetectOptions = {
  /** Names of the meeting's participants: never suggested as a client's name. */
  participants?: readonly string[];
  /** Figures the municipality published itself (thresholds, budget ceilings): never suggested. */
  publicFigures?: readonly string[];
  /** An organisation's own confidential terms: always suggested. */
  confidentialTerms?: readonly string[];
  /** Provider names: a figure in their neighbourhood is tied to a competitor. */
  providerNames?: readonly string[];
};

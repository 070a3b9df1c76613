/** The four dialogue phases of a procurement cycle, in order. */
export const PHASES = ["strategic_goals", "analysis", "choices", "execution"] as const;
export type Phase = (typeof PHASES)[number];

export const CARE_DOMAINS = ["wmo", "jeugd", "both"] as const;
export type CareDomain = (typeof CARE_DOMAINS)[number];

export const PROCEDURE_TYPES = [
  "sas",
  "open_house",
  "subsidy",
  "competitive_dialogue",
  "national_open",
  "one_to_one",
] as const;
export type ProcedureType = (typeof PROCEDURE_TYPES)[number];

/** Legal stages of a purchase; how much of the assignment may still change depends on it. */
export const LEGAL_STAGES = ["preparation", "specification", "tender", "contract"] as const;
export type LegalStage = (typeof LEGAL_STAGES)[number];

/** Threshold for social and other specific services (SAS) under the Aanbestedingswet, in euros. */
export const SAS_THRESHOLD_EUR = 750_000;

import { SAS_THRESHOLD_EUR, type LegalStage, type ProcedureType } from "./constants";

/** How much of the assignment may still change in each legal stage (source 003 §7). */
export const CHANGE_LATITUDE: Record<LegalStage, "everything" | "limited"> = {
  preparation: "everything",
  specification: "everything",
  tender: "limited",
  contract: "limited",
};

/**
 * The SAS notice obligations apply from the threshold up; below it other routes are open.
 * Returns null when no value is known yet.
 */
export function sasThresholdApplies(estimatedValue: number | null | undefined): boolean | null {
  if (estimatedValue == null) return null;
  return estimatedValue >= SAS_THRESHOLD_EUR;
}

/** A SAS procedure below the threshold, or a national open procedure above it, deserves a second look. */
export function procedureValueMismatch(procedure: ProcedureType, estimatedValue: number | null | undefined): boolean {
  const applies = sasThresholdApplies(estimatedValue);
  if (applies === null) return false;
  return (procedure === "sas" && !applies) || (procedure === "national_open" && applies);
}

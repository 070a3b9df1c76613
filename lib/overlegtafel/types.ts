import type { Classification, SizeClass } from "./size-class";

/** One earlier session of the same table, as it concerns one provider. */
export type AttendanceRecord = {
  sessionDate: string;
  /** Whether the provider had a seat at that session. */
  invited: boolean;
  status: "present" | "absent_with_reason" | "absent_without_reason" | null;
};

export type TableCandidate = {
  id: string;
  sizeClass: Classification;
  subregionId: string;
  attendance: AttendanceRecord[];
  /** ISO date: the provider is not a candidate for sessions before this date. */
  excludedUntil?: string | null;
};

export type SelectionInput = {
  /** Contracted providers for whom the table's subject is relevant. */
  providers: TableCandidate[];
  /** Sub-regions in the table's scope (all three for a region-wide table), with names for the reasons. */
  subregions: { id: string; name: string }[];
  /** ISO date of the session being composed. */
  date: string;
  /** Recorded with the proposal so that anyone can repeat the draw. */
  seed: string;
  caps?: Record<SizeClass, number>;
};

export type SelectionOutcome = {
  providerId: string;
  invited: boolean;
  /** Human-readable, in Dutch. */
  reason: string;
  /** True when the provider had no seat at the previous session (rotation preference). */
  rotationPreferred: boolean;
  drawKey: string;
};

export type SelectionResult = {
  mode: "all" | "capped";
  relevantCount: number;
  outcomes: SelectionOutcome[];
};

export const TABLE_CAPS: Record<SizeClass, number> = { large: 5, medium: 5, small: 2 };
export const INVITE_ALL_UP_TO = 12;

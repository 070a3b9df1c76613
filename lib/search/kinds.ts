/** What the portal search can find; the Dutch names are the values of the `soort` filter in the address. */
export const SEARCH_KINDS = [
  "trajectory",
  "consultation",
  "feedback",
  "minutes",
  "document",
  "provider",
  "contract",
  "table",
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const KIND_PARAM: Record<SearchKind, string> = {
  trajectory: "traject",
  consultation: "consultatie",
  feedback: "terugkoppeling",
  minutes: "verslag",
  document: "document",
  provider: "aanbieder",
  contract: "contract",
  table: "overlegtafel",
};

/** Status filter: it applies to consultations and their feedback reports, which have a state. */
export const SEARCH_STATUSES = ["announced", "open", "closed"] as const;
export type SearchStatus = (typeof SEARCH_STATUSES)[number];

export const STATUS_PARAM: Record<SearchStatus, string> = {
  announced: "aangekondigd",
  open: "open",
  closed: "gesloten",
};

/** Kinds that carry a status, a trajectory or a date, so a filter on one of these leaves the others out. */
export const KINDS_WITH_STATUS: readonly SearchKind[] = ["consultation", "feedback"];

/** Size classes for consultation-table seats; "unclassified" means an officer must decide. */
export type SizeClass = "large" | "medium" | "small";
export type Classification = SizeClass | "unclassified";

export type SizeIndicators = { clients: number | null; employees: number | null; wmoRevenue: number | null };

/** Per indicator: at or above `largeFrom` votes large, below `smallBelow` votes small, else medium. */
export type SizeThresholds = Record<keyof SizeIndicators, { largeFrom: number; smallBelow: number }>;

export const DEFAULT_SIZE_THRESHOLDS: SizeThresholds = {
  clients: { largeFrom: 250, smallBelow: 25 },
  employees: { largeFrom: 100, smallBelow: 10 },
  wmoRevenue: { largeFrom: 2_000_000, smallBelow: 250_000 },
};

export function voteOf(value: number | null, threshold: { largeFrom: number; smallBelow: number }): SizeClass | null {
  if (value === null) return null;
  if (value >= threshold.largeFrom) return "large";
  if (value < threshold.smallBelow) return "small";
  return "medium";
}

/**
 * The region's rule: each indicator votes; a class with two or more votes wins; three
 * different votes make medium. A missing indicator does not vote. With fewer than two votes,
 * or two votes that disagree, the data do not decide and the officer has to.
 */
export function classifySize(
  indicators: SizeIndicators,
  thresholds: SizeThresholds = DEFAULT_SIZE_THRESHOLDS,
): Classification {
  const votes = (Object.keys(thresholds) as (keyof SizeIndicators)[])
    .map((key) => voteOf(indicators[key], thresholds[key]))
    .filter((v): v is SizeClass => v !== null);
  if (votes.length < 2) return "unclassified";
  for (const cls of ["large", "medium", "small"] as const) {
    if (votes.filter((v) => v === cls).length >= 2) return cls;
  }
  return votes.length === 3 ? "medium" : "unclassified";
}

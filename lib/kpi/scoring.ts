/**
 * KPI scoring as source 002 sets it: a norm and bands per KPI, scored only for a provider with at
 * least 10 clients in care in the sub-region. Values are grades (0–10) or percentages (0–100).
 */
export const MIN_CLIENTS = 10;

export const KPI_UNITS = ["grade", "percentage"] as const;
export type KpiUnit = (typeof KPI_UNITS)[number];

export const STANDARD_KPI_CODES = ["client_satisfaction", "result_achieved", "care_start"] as const;
export type StandardKpiCode = (typeof STANDARD_KPI_CODES)[number];

/** A KPI's norm: at or above `norm` the norm is met; at or above `goodFrom` (when set) the result is good. */
export type KpiNorm = { unit: KpiUnit; norm: number; goodFrom: number | null };

export const STANDARD_KPIS: Record<StandardKpiCode, KpiNorm & { name: string }> = {
  // 0–8.5 not met, 8.5–10 met: two bands only.
  client_satisfaction: { name: "Cliënttevredenheid", unit: "grade", norm: 8.5, goodFrom: null },
  // <65% insufficient, 65–80% sufficient, from 80% good.
  result_achieved: { name: "Resultaat behaald", unit: "percentage", norm: 65, goodFrom: 80 },
  // Start of care within 6 weeks of allocation: <80% insufficient, 80–90% sufficient, from 90% good.
  care_start: {
    name: "Continuïteit van ondersteuning (start zorg binnen 6 weken)",
    unit: "percentage",
    norm: 80,
    goodFrom: 90,
  },
};

export type KpiScore = "not_measured" | "not_met" | "met" | "insufficient" | "sufficient" | "good";

export const UNIT_MAX: Record<KpiUnit, number> = { grade: 10, percentage: 100 };

export function isValueInRange(unit: KpiUnit, value: number): boolean {
  return Number.isFinite(value) && value >= 0 && value <= UNIT_MAX[unit];
}

/** Scores one result. Fewer than 10 clients in care: not measured, whatever the value. */
export function scoreKpi(kpi: KpiNorm, value: number, clientsInCare: number): KpiScore {
  if (!isValueInRange(kpi.unit, value)) throw new RangeError(`value ${value} outside the ${kpi.unit} range`);
  if (!Number.isInteger(clientsInCare) || clientsInCare < MIN_CLIENTS) return "not_measured";
  if (kpi.goodFrom === null) return value >= kpi.norm ? "met" : "not_met";
  if (value >= kpi.goodFrom) return "good";
  return value >= kpi.norm ? "sufficient" : "insufficient";
}

/** Whether a score falls short of the norm — what can start the escalation ladder. */
export const isBelowNorm = (score: KpiScore) => score === "not_met" || score === "insufficient";

/** A custom KPI's bands must make sense: the good band starts at or above the norm, both within range. */
export function normProblem(kpi: KpiNorm): "norm_out_of_range" | "good_out_of_range" | "good_below_norm" | null {
  if (!isValueInRange(kpi.unit, kpi.norm)) return "norm_out_of_range";
  if (kpi.goodFrom === null) return null;
  if (!isValueInRange(kpi.unit, kpi.goodFrom)) return "good_out_of_range";
  return kpi.goodFrom < kpi.norm ? "good_below_norm" : null;
}

/** Zaanstad rule: seven KPIs at most, preferably four. */
export const MAX_KPIS = 7;
export const PREFERRED_KPIS = 4;
export function kpiCountAdvice(count: number): "too_many" | "more_than_preferred" | null {
  if (count > MAX_KPIS) return "too_many";
  if (count > PREFERRED_KPIS) return "more_than_preferred";
  return null;
}

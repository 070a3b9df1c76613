import { t } from "@/lib/i18n";
import type { KpiUnit } from "@/lib/kpi/scoring";

const decimal = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2 });

export const formatKpiValue = (unit: KpiUnit, value: number) =>
  unit === "percentage" ? `${decimal.format(value)}%` : decimal.format(value);

/** "norm 65% · goed vanaf 80%" */
export function normLabel(kpi: { unit: KpiUnit; norm: number; goodFrom: number | null }): string {
  const norm = t("kpi.normFrom", { value: formatKpiValue(kpi.unit, kpi.norm) });
  return kpi.goodFrom === null
    ? norm
    : `${norm} · ${t("kpi.goodFrom", { value: formatKpiValue(kpi.unit, kpi.goodFrom) })}`;
}

import type { DashboardResult } from "@/lib/contract/reads";
import { t } from "@/lib/i18n";
import { normBands } from "@/lib/kpi/dashboard-stats";
import { isBelowNorm, scoreKpi, UNIT_MAX } from "@/lib/kpi/scoring";
import { BandBars } from "./band-bars";
import { formatKpiValue, normLabel } from "./format";

/** One KPI's results of a year per provider and sub-region, against the norm bands. */
export function KpiChart({ id, results }: { id: string; results: DashboardResult[] }) {
  const first = results[0];
  if (!first) return null;
  const rows = results.map((r) => {
    const score = scoreKpi(r, r.value, r.clientsInCare);
    return {
      key: r.id,
      label: `${r.providerName} — ${r.subregionName}`,
      value: score === "not_measured" ? null : r.value,
      score,
      valueText:
        score === "not_measured"
          ? t("kpi.score_not_measured")
          : `${formatKpiValue(r.unit, r.value)} ${t(`kpi.score_${score}`)}`,
    };
  });
  return (
    <BandBars
      id={id}
      title={first.kpiName}
      description={t("dashboard.chartDesc", {
        count: results.length,
        below: rows.filter((r) => isBelowNorm(r.score)).length,
        norm: normLabel(first),
      })}
      max={UNIT_MAX[first.unit]}
      norm={first.norm}
      bands={normBands(first)}
      rows={rows}
      caption={t("dashboard.chartCaption", { kpi: first.kpiName, norm: normLabel(first) })}
    />
  );
}

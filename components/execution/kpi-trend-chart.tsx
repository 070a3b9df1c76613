import { t } from "@/lib/i18n";
import { normBands, type trendByYear } from "@/lib/kpi/dashboard-stats";
import { UNIT_MAX, type KpiNorm } from "@/lib/kpi/scoring";
import { BandBars } from "./band-bars";
import { formatKpiValue, normLabel } from "./format";

/** A KPI's median result per year against its norm bands. */
export function KpiTrendChart({
  id,
  kpi,
  trend,
}: {
  id: string;
  kpi: KpiNorm & { kpiName: string };
  trend: ReturnType<typeof trendByYear>;
}) {
  return (
    <BandBars
      id={id}
      title={t("dashboard.trendTitle", { kpi: kpi.kpiName })}
      description={t("dashboard.trendDesc", { years: trend.length, norm: normLabel(kpi) })}
      max={UNIT_MAX[kpi.unit]}
      norm={kpi.norm}
      bands={normBands(kpi)}
      rows={trend.map((y) => ({
        key: String(y.year),
        label: String(y.year),
        value: y.median,
        score: y.medianScore,
        valueText:
          y.median === null
            ? t("kpi.score_not_measured")
            : t("dashboard.trendValue", { value: formatKpiValue(kpi.unit, y.median) }),
      }))}
      caption={t("dashboard.trendCaption", { kpi: kpi.kpiName })}
    />
  );
}

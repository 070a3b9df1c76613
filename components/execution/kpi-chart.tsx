import type { DashboardResult } from "@/lib/contract/reads";
import { t } from "@/lib/i18n";
import { scoreKpi, UNIT_MAX, type KpiScore } from "@/lib/kpi/scoring";
import { formatKpiValue, normLabel } from "./format";

const COLOURS: Record<KpiScore, string> = {
  good: "#2e7d32",
  sufficient: "#00558c",
  met: "#2e7d32",
  insufficient: "#a4001b",
  not_met: "#a4001b",
  not_measured: "#9e9e9e",
};
const ROW = 28;
const LABEL = 340;
const WIDTH = 820;
const BAR = WIDTH - LABEL - 90;

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * One KPI's results as a horizontal bar chart against its norm, drawn on the server as SVG. The chart
 * is an image with a title and description; the table after it carries the same figures as text.
 */
export function KpiChart({ id, results }: { id: string; results: DashboardResult[] }) {
  const first = results[0];
  if (!first) return null;
  const max = UNIT_MAX[first.unit];
  const x = (v: number) => LABEL + (v / max) * BAR;
  const height = results.length * ROW + 40;
  const scored = results.map((r) => ({ ...r, score: scoreKpi(r, r.value, r.clientsInCare) }));
  const below = scored.filter((r) => r.score === "insufficient" || r.score === "not_met").length;
  return (
    <figure className="inkoop-chart">
      <svg
        role="img"
        aria-labelledby={`${id}-titel ${id}-uitleg`}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        style={{ maxWidth: WIDTH }}
      >
        <title id={`${id}-titel`}>{first.kpiName}</title>
        <desc id={`${id}-uitleg`}>
          {t("dashboard.chartDesc", { count: results.length, below, norm: normLabel(first) })}
        </desc>
        {scored.map((r, i) => {
          const y = i * ROW + 8;
          return (
            <g key={r.id}>
              <text x={LABEL - 8} y={y + 15} textAnchor="end" fontSize="12" fill="#1a1a1a">
                {shorten(`${r.providerName} — ${r.subregionName}`, 46)}
              </text>
              {r.score === "not_measured" ? (
                <text x={LABEL + 4} y={y + 15} fontSize="12" fill="#4a4a4a">
                  {t("kpi.score_not_measured")}
                </text>
              ) : (
                <>
                  <rect
                    x={LABEL}
                    y={y + 2}
                    width={Math.max(1, x(r.value) - LABEL)}
                    height={ROW - 10}
                    fill={COLOURS[r.score]}
                  />
                  <text
                    x={x(r.value) + 4}
                    y={y + 15}
                    fontSize="12"
                    fill="#1a1a1a"
                  >{`${formatKpiValue(r.unit, r.value)} ${t(`kpi.score_${r.score}`)}`}</text>
                </>
              )}
            </g>
          );
        })}
        <line
          x1={x(first.norm)}
          x2={x(first.norm)}
          y1={0}
          y2={results.length * ROW + 10}
          stroke="#1a1a1a"
          strokeWidth="2"
          strokeDasharray="4 3"
        />
        <text x={x(first.norm)} y={results.length * ROW + 28} fontSize="12" textAnchor="middle" fill="#1a1a1a">
          {normLabel(first)}
        </text>
      </svg>
      <figcaption className="utrecht-paragraph inkoop-muted">
        {t("dashboard.chartCaption", { kpi: first.kpiName })}
      </figcaption>
    </figure>
  );
}

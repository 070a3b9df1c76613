import Link from "next/link";
import { KpiChart } from "@/components/execution/kpi-chart";
import { KpiTrendChart } from "@/components/execution/kpi-trend-chart";
import { formatKpiValue } from "@/components/execution/format";
import { TableHead } from "@/components/ui/table-head";
import type { DashboardResult } from "@/lib/contract/reads";
import { t } from "@/lib/i18n";
import { distributionBySubregion, scoresOf, trendByYear } from "@/lib/kpi/dashboard-stats";
import { scoreKpi } from "@/lib/kpi/scoring";

/** Results of the same KPI (same code and norms) across contracts belong in one chart. */
export function groupByKpi(results: DashboardResult[]) {
  const groups = new Map<string, DashboardResult[]>();
  for (const r of results) {
    const key = `${r.code ?? r.kpiName}|${r.norm}|${r.goodFrom ?? ""}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()];
}

/** Per KPI for one year: the distribution over providers and sub-regions against the bands, with its tables. */
export function KpiYearSection({ results, year }: { results: DashboardResult[]; year: number }) {
  return (
    <section aria-labelledby="kpi-resultaten">
      <h2 id="kpi-resultaten" className="utrecht-heading-2">
        {t("dashboard.results", { year })}
      </h2>
      {results.length === 0 ? <p className="utrecht-paragraph">{t("dashboard.noResults")}</p> : null}
      {groupByKpi(results).map((group, i) => {
        const kpi = group[0]!;
        const scores = scoresOf(kpi);
        return (
          <div key={kpi.id} className="inkoop-stack">
            <h3 className="utrecht-heading-3">{kpi.kpiName}</h3>
            <KpiChart id={`kpi-grafiek-${i}`} results={group} />
            <details>
              <summary>{t("dashboard.asTable", { kpi: kpi.kpiName })}</summary>
              <div className="utrecht-table-container" style={{ overflowX: "auto" }}>
                <table className="utrecht-table inkoop-table">
                  <caption className="utrecht-table__caption">
                    {t("dashboard.tableCaption", { kpi: kpi.kpiName, year })}
                  </caption>
                  <TableHead
                    columns={["contract.provider", "kpi.subregion", "kpi.value", "kpi.clients", "kpi.score"].map((k) =>
                      t(k),
                    )}
                  />
                  <tbody className="utrecht-table__body">
                    {group.map((r) => (
                      <tr key={r.id} className="utrecht-table__row">
                        <th className="utrecht-table__header-cell" scope="row">
                          <Link className="utrecht-link" href={`/beheer/contracten/${r.contractId}`}>
                            {r.providerName}
                          </Link>
                        </th>
                        <td className="utrecht-table__cell">{r.subregionName}</td>
                        <td className="utrecht-table__cell">{formatKpiValue(r.unit, r.value)}</td>
                        <td className="utrecht-table__cell">{r.clientsInCare}</td>
                        <td className="utrecht-table__cell">
                          {t(`kpi.score_${scoreKpi(r, r.value, r.clientsInCare)}`)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
            <h4 className="utrecht-heading-4">{t("dashboard.distributionHeading")}</h4>
            {/* On a phone the table scrolls sideways; the region can be reached and scrolled with the keyboard. */}
            <div
              className="utrecht-table-container"
              style={{ overflowX: "auto" }}
              role="region"
              aria-label={t("dashboard.distributionRegion", { kpi: kpi.kpiName, year })}
              // A region that scrolls must be reachable with the keyboard to scroll it (WCAG 2.1.1).
              // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
              tabIndex={0}
            >
              <table className="utrecht-table inkoop-table" data-testid="distribution-table">
                <caption className="utrecht-table__caption">
                  {t("dashboard.distributionCaption", { kpi: kpi.kpiName, year })}
                </caption>
                <TableHead
                  columns={[
                    t("kpi.subregion"),
                    ...scores.map((s) => t(`kpi.score_${s}`)),
                    t("dashboard.distributionTotal"),
                  ]}
                />
                <tbody className="utrecht-table__body">
                  {distributionBySubregion(kpi, group).map((row) => (
                    <tr key={row.subregionName} className="utrecht-table__row">
                      <th className="utrecht-table__header-cell" scope="row">
                        {row.subregionName}
                      </th>
                      {scores.map((s) => (
                        <td key={s} className="utrecht-table__cell">
                          {row.counts[s]}
                        </td>
                      ))}
                      <td className="utrecht-table__cell">{row.total}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        );
      })}
    </section>
  );
}

/** Per KPI over all years (same product and sub-region filter): the median against the bands, with its table. */
export function KpiTrendSection({ history }: { history: DashboardResult[] }) {
  const groups = groupByKpi(history);
  return (
    <section aria-labelledby="kpi-verloop">
      <h2 id="kpi-verloop" className="utrecht-heading-2">
        {t("dashboard.trendHeading")}
      </h2>
      {groups.length === 0 ? <p className="utrecht-paragraph">{t("dashboard.noTrend")}</p> : null}
      {groups.map((group, i) => {
        const kpi = group[0]!;
        const trend = trendByYear(kpi, group);
        return (
          <div key={kpi.id} className="inkoop-stack">
            <h3 className="utrecht-heading-3">{kpi.kpiName}</h3>
            <KpiTrendChart id={`kpi-verloop-${i}`} kpi={kpi} trend={trend} />
            <details>
              <summary>{t("dashboard.trendAsTable", { kpi: kpi.kpiName })}</summary>
              <div className="utrecht-table-container" style={{ overflowX: "auto" }}>
                <table className="utrecht-table inkoop-table" data-testid="trend-table">
                  <caption className="utrecht-table__caption">
                    {t("dashboard.trendTableCaption", { kpi: kpi.kpiName })}
                  </caption>
                  <TableHead
                    columns={[
                      t("dashboard.trendYear"),
                      t("dashboard.trendResults"),
                      t("dashboard.trendMeasured"),
                      t("dashboard.trendMedian"),
                      t("dashboard.trendBelow"),
                    ]}
                  />
                  <tbody className="utrecht-table__body">
                    {trend.map((y) => (
                      <tr key={y.year} className="utrecht-table__row">
                        <th className="utrecht-table__header-cell" scope="row">
                          {y.year}
                        </th>
                        <td className="utrecht-table__cell">{y.results}</td>
                        <td className="utrecht-table__cell">{y.measured}</td>
                        <td className="utrecht-table__cell">
                          {y.median === null ? t("kpi.score_not_measured") : formatKpiValue(kpi.unit, y.median)}
                        </td>
                        <td className="utrecht-table__cell">{y.below}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          </div>
        );
      })}
    </section>
  );
}

import type { Kpi, KpiMeasurement } from "@/lib/contract/reads";
import { formatDate, t } from "@/lib/i18n";
import { establishedBy, isEstablished } from "@/lib/kpi/measurement-year";
import { isBelowNorm, scoreKpi } from "@/lib/kpi/scoring";
import { normLabel, formatKpiValue } from "./format";
import { TableHead } from "@/components/ui/table-head";

type Measurement = KpiMeasurement & { subregionName: string };

/**
 * KPI results per year and sub-region against their norms. A provider with fewer than 10 clients in
 * care is not scored. `respond` renders the provider's response form next to an open result.
 */
export function KpiResults({
  kpis,
  measurements,
  now,
  respond,
}: {
  kpis: Kpi[];
  measurements: Measurement[];
  now: Date;
  respond?: (m: Measurement) => React.ReactNode;
}) {
  if (measurements.length === 0) return <p className="utrecht-paragraph">{t("kpi.noResults")}</p>;
  const years = [...new Set(measurements.map((m) => m.year))].sort((a, b) => b - a);
  return (
    <>
      {years.map((year) => (
        <section key={year} aria-labelledby={`meetjaar-${year}`}>
          <h3 id={`meetjaar-${year}`} className="utrecht-heading-3">
            {t("kpi.yearHeading", { year })}
          </h3>
          <p className="utrecht-paragraph inkoop-muted">
            {isEstablished(year, now)
              ? t("kpi.established", { date: formatDate(establishedBy(year)) })
              : t("kpi.openUntil", { date: formatDate(establishedBy(year)) })}
          </p>
          <div className="utrecht-table-container" style={{ overflowX: "auto" }}>
            <table className="utrecht-table inkoop-table">
              <caption className="utrecht-table__caption">{t("kpi.tableCaption", { year })}</caption>
              <TableHead
                columns={[
                  t("kpi.subregion"),
                  t("kpi.kpi"),
                  t("kpi.norm"),
                  t("kpi.value"),
                  t("kpi.clients"),
                  t("kpi.score"),
                  t("kpi.response"),
                ]}
              />
              <tbody className="utrecht-table__body">
                {measurements
                  .filter((m) => m.year === year)
                  .map((m) => {
                    const kpi = kpis.find((k) => k.id === m.kpiId);
                    if (!kpi) return null;
                    const score = scoreKpi(kpi, m.value, m.clientsInCare);
                    return (
                      <tr key={m.id} className="utrecht-table__row" data-testid="kpi-result">
                        <td className="utrecht-table__cell">{m.subregionName}</td>
                        <th className="utrecht-table__header-cell" scope="row">
                          {kpi.name}
                        </th>
                        <td className="utrecht-table__cell">{normLabel(kpi)}</td>
                        <td className="utrecht-table__cell">
                          {formatKpiValue(kpi.unit, m.value)}{" "}
                          <span className="inkoop-muted" data-testid="kpi-source">
                            ({t(`kpiData.source_${m.source}`)})
                          </span>
                        </td>
                        <td className="utrecht-table__cell">{m.clientsInCare}</td>
                        <td className="utrecht-table__cell">
                          <strong className={isBelowNorm(score) ? "inkoop-below-norm" : undefined}>
                            {t(`kpi.score_${score}`)}
                          </strong>
                        </td>
                        <td className="utrecht-table__cell">
                          {m.providerResponse ? <p className="utrecht-paragraph">{m.providerResponse}</p> : null}
                          {respond && !isEstablished(m.year, now) ? respond(m) : null}
                        </td>
                      </tr>
                    );
                  })}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}

import { TableHead } from "@/components/ui/table-head";
import { formatDateTime, t } from "@/lib/i18n";
import { dayToDutch } from "@/lib/kpi/measurement/day-number";
import type { DataImportView } from "@/lib/kpi/measurement/reads";
import { formatKpiValue } from "./format";

const pct = (value: number) => formatKpiValue("percentage", value);

function CareStart({ d }: { d: Extract<DataImportView, { kind: "care_start" }> }) {
  const c = d.computation;
  return (
    <>
      <p className="utrecht-paragraph" data-testid="computation-line">
        {t("kpiData.careStartLine", {
          inTime: c.startedInTime,
          allocations: c.allocations,
          percentage: pct(c.percentage),
          clients: c.clients,
        })}
      </p>
      <p className="utrecht-paragraph" data-testid="late-305">
        {t("kpiData.lateMessages", { count: c.lateMessages })}
      </p>
      {c.lateExamples.length ? (
        <details>
          <summary>{t("kpiData.lateCaption", { count: c.lateExamples.length })}</summary>
          <div className="utrecht-table-container" style={{ overflowX: "auto" }}>
            <table className="utrecht-table inkoop-table">
              <caption className="utrecht-table__caption">
                {t("kpiData.lateCaption", { count: c.lateExamples.length })}
              </caption>
              <TableHead
                columns={[
                  t("kpiData.lateReference"),
                  t("kpiData.lateProduct"),
                  t("kpiData.lateStart"),
                  t("kpiData.lateDeadline"),
                  t("kpiData.lateSent"),
                ]}
              />
              <tbody className="utrecht-table__body">
                {c.lateExamples.map((l) => (
                  <tr key={`${l.reference}-${l.product}`} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__header-cell">
                      {l.reference}
                    </th>
                    <td className="utrecht-table__cell">{l.product}</td>
                    <td className="utrecht-table__cell">{dayToDutch(l.actualStart)}</td>
                    <td className="utrecht-table__cell">{dayToDutch(l.deadline)}</td>
                    <td className="utrecht-table__cell">{dayToDutch(l.sent)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}
    </>
  );
}

function Results({ d }: { d: Extract<DataImportView, { kind: "result" }> }) {
  const c = d.computation;
  return (
    <>
      <p className="utrecht-paragraph" data-testid="computation-line">
        {t("kpiData.resultLine", {
          achieved: c.achieved,
          evaluations: c.evaluations,
          percentage: pct(c.percentage),
          clients: c.clients,
        })}
      </p>
      <p className="utrecht-paragraph">{t("kpiData.misses", c.misses)}</p>
    </>
  );
}

/**
 * How each computed KPI result came about: the counts behind the percentage, the late iWmo305
 * signal and the reasons of missed results, with the rules stated in words. For both sides.
 */
export function KpiComputation({ imports }: { imports: DataImportView[] }) {
  return (
    <section aria-labelledby="berekening" className="inkoop-stack">
      <h3 id="berekening" className="utrecht-heading-3">
        {t("kpiData.computationHeading")}
      </h3>
      <p className="utrecht-paragraph">{t("kpiData.careStartRule")}</p>
      <p className="utrecht-paragraph">{t("kpiData.resultRule")}</p>
      <p className="utrecht-paragraph">{t("kpiData.clientsRule")}</p>
      {imports.length === 0 ? <p className="utrecht-paragraph">{t("kpiData.none")}</p> : null}
      {imports.map((d) => (
        <article key={d.id} className="inkoop-card" data-testid="kpi-computation">
          <h4 className="utrecht-heading-4">
            {t(`kpiData.kind_${d.kind}`)} — {d.subregionName}, {d.year}
          </h4>
          {d.kind === "care_start" ? <CareStart d={d} /> : <Results d={d} />}
          {d.computation.measured ? null : <p className="utrecht-paragraph">{t("kpiData.notMeasured")}</p>}
          <p className="utrecht-paragraph inkoop-muted">
            {t("kpiData.importedBy", { date: formatDateTime(d.importedAt) })}
          </p>
        </article>
      ))}
    </section>
  );
}

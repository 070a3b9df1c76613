import type { Kpi } from "@/lib/contract/reads";
import { t } from "@/lib/i18n";
import { kpiCountAdvice } from "@/lib/kpi/scoring";
import { normLabel } from "./format";

/** The contract's KPIs with norms, and the Zaanstad advice: seven at most, preferably four. */
export function KpiDefinitions({ kpis }: { kpis: Kpi[] }) {
  const advice = kpiCountAdvice(kpis.length);
  return (
    <>
      {advice ? (
        <div
          className={`utrecht-alert utrecht-alert--${advice === "too_many" ? "warning" : "info"}`}
          role="note"
          data-testid="kpi-advice"
        >
          <p className="utrecht-paragraph">{t(`kpi.advice_${advice}`)}</p>
        </div>
      ) : null}
      <ul className="utrecht-unordered-list">
        {kpis.map((k) => (
          <li key={k.id} className="utrecht-unordered-list__item">
            <strong>{k.name}</strong> ({t(`kpi.unit_${k.unit}`)}): {normLabel(k)}
            {k.code ? ` — ${t("kpi.standard")}` : ` — ${t("kpi.custom")}`}
          </li>
        ))}
      </ul>
    </>
  );
}

import { formatEuro, t } from "@/lib/i18n";
import type { SizeThresholds } from "@/lib/overlegtafel/size-class";

/** The size-class rule in words, with the thresholds that apply in this region. */
export function ClassRule({ thresholds }: { thresholds: SizeThresholds }) {
  const show = (key: keyof SizeThresholds, n: number) =>
    key === "wmoRevenue" ? formatEuro(n) : n.toLocaleString("nl-NL");
  return (
    <details className="inkoop-card">
      <summary>{t("overlegtafel.classRule")}</summary>
      <p className="utrecht-paragraph">{t("overlegtafel.classRuleText")}</p>
      <ul className="utrecht-unordered-list">
        {(Object.keys(thresholds) as (keyof SizeThresholds)[]).map((key) => (
          <li key={key} className="utrecht-unordered-list__item">
            {t("overlegtafel.thresholdLine", {
              indicator: t(`overlegtafel.indicator_${key}`),
              large: show(key, thresholds[key].largeFrom),
              small: show(key, thresholds[key].smallBelow),
            })}
          </li>
        ))}
      </ul>
      <p className="utrecht-paragraph">{t("overlegtafel.compositionRule")}</p>
    </details>
  );
}

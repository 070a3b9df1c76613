import { t } from "@/lib/i18n";

type GuidanceRow = {
  perspective: "municipality" | "provider";
  aspect: "topics" | "decides" | "whom" | "organise";
  items: string[];
};
const ASPECTS = ["topics", "decides", "whom", "organise"] as const;

/** The phase's guidance side by side from the municipality's and the provider's perspective. */
export function GuidancePanel({ rows, headingLevel = 2 }: { rows: GuidanceRow[]; headingLevel?: 2 | 3 }) {
  const H = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as "h3" | "h4";
  return (
    <div className="inkoop-grid-2">
      {(["municipality", "provider"] as const).map((perspective) => (
        <section key={perspective} className="inkoop-card" aria-labelledby={`perspectief-${perspective}`}>
          <H id={`perspectief-${perspective}`} className={`utrecht-heading-${headingLevel}`}>
            {t(`perspective.${perspective}`)}
          </H>
          {ASPECTS.map((aspect) => {
            const items = rows.find((r) => r.perspective === perspective && r.aspect === aspect)?.items ?? [];
            if (items.length === 0) return null;
            return (
              <div key={aspect}>
                <Sub className={`utrecht-heading-${headingLevel + 1}`}>{t(`aspect.${aspect}`)}</Sub>
                <ul className="utrecht-unordered-list">
                  {items.map((item) => (
                    <li key={item} className="utrecht-unordered-list__item">
                      {item}
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </section>
      ))}
    </div>
  );
}

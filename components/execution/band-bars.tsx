import type { Band } from "@/lib/kpi/dashboard-stats";
import type { KpiScore } from "@/lib/kpi/scoring";
import { t } from "@/lib/i18n";

export type BarRow = { key: string; label: string; value: number | null; score: KpiScore; valueText: string };

const pct = (v: number, max: number) => `${Math.min(100, Math.max(0, (v / max) * 100))}%`;

/**
 * A horizontal bar chart in HTML and CSS, drawn on the server: per row the full label (it wraps, never cut),
 * a track with the norm bands behind the bar and the norm as a line, and the value in a column of its own so
 * it never runs into the norm line. The whole is one image for assistive technology, named by `title` and
 * `description`; the table next to it carries the same figures.
 */
export function BandBars({
  id,
  title,
  description,
  max,
  norm,
  bands,
  rows,
  caption,
}: {
  id: string;
  title: string;
  description: string;
  max: number;
  norm: number;
  bands: Band[];
  rows: BarRow[];
  caption: string;
}) {
  return (
    <figure className="inkoop-chart" data-testid="band-chart">
      <div role="img" aria-labelledby={`${id}-titel ${id}-uitleg`} className="inkoop-bars">
        <span id={`${id}-titel`} className="visually-hidden">
          {title}
        </span>
        <span id={`${id}-uitleg`} className="visually-hidden">
          {description}
        </span>
        {rows.map((r) => (
          <div key={r.key} className="inkoop-bars__row" data-testid="band-chart-row">
            <span className="inkoop-bars__label" data-testid="band-chart-label">
              {r.label}
            </span>
            <span className="inkoop-bars__track">
              {bands.map((b) => (
                <span
                  key={b.score}
                  className={`inkoop-bars__band inkoop-bars__band--${b.score}`}
                  style={{ left: pct(b.from, max), width: pct(b.to - b.from, max) }}
                />
              ))}
              {r.value === null ? null : (
                <span
                  className={`inkoop-bars__bar inkoop-bars__bar--${r.score}`}
                  style={{ width: pct(r.value, max) }}
                />
              )}
              <span className="inkoop-bars__norm" style={{ left: pct(norm, max) }} data-testid="band-chart-norm" />
            </span>
            <span className="inkoop-bars__value" data-testid="band-chart-value">
              {r.valueText}
            </span>
          </div>
        ))}
      </div>
      <figcaption className="utrecht-paragraph inkoop-muted">{caption}</figcaption>
      <p className="inkoop-bars__legend inkoop-muted" aria-hidden="true">
        {bands.map((b) => (
          <span key={b.score} className="inkoop-bars__legend-item">
            <span className={`inkoop-bars__swatch inkoop-bars__band--${b.score}`} /> {t(`kpi.score_${b.score}`)}
          </span>
        ))}
      </p>
    </figure>
  );
}

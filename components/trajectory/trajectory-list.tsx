import Link from "next/link";
import type { TrajectorySummary } from "@/lib/trajectory/types";
import { t } from "@/lib/i18n";
import { phaseIndex } from "@/lib/trajectory/phase-machine";

export function TrajectoryList({
  items,
  hrefFor,
  headingLevel = 2,
}: {
  items: TrajectorySummary[];
  hrefFor: (id: string) => string;
  headingLevel?: 2 | 3;
}) {
  const H = `h${headingLevel}` as const;
  return (
    <ul className="inkoop-grid-2" style={{ listStyle: "none", padding: 0 }}>
      {items.map((item) => (
        <li key={item.id} className="inkoop-card">
          <H className={`utrecht-heading-${headingLevel + 1}`}>
            <Link className="utrecht-link" href={hrefFor(item.id)}>
              {item.title}
            </Link>
          </H>
          <p className="utrecht-paragraph">
            <strong>
              {t("phase.number", { n: phaseIndex(item.currentPhase) + 1 })}: {t(`phase.${item.currentPhase}`)}
            </strong>{" "}
            · {t(`domain.${item.domain}`)}
            {item.visibility === "internal" ? ` · ${t("trajectory.internalBadge")}` : ""}
          </p>
          <p className="utrecht-paragraph inkoop-muted">{item.products.join(", ")}</p>
        </li>
      ))}
    </ul>
  );
}

import Link from "next/link";
import { formatDateTime, t } from "@/lib/i18n";

type Item = {
  id: string;
  title: string;
  trajectoryTitle: string;
  openness: "open" | "closed";
  closesAt: Date;
  opensAt: Date;
};

export function ConsultationList({
  items,
  hrefFor,
  headingLevel = 3,
}: {
  items: Item[];
  hrefFor: (id: string) => string;
  headingLevel?: 2 | 3;
}) {
  const H = `h${headingLevel}` as const;
  return (
    <ul className="inkoop-grid-2" style={{ listStyle: "none", padding: 0 }}>
      {items.map((c) => (
        <li key={c.id} className="inkoop-card">
          <H className={`utrecht-heading-${headingLevel + 1}`}>
            <Link className="utrecht-link" href={hrefFor(c.id)}>
              {c.title}
            </Link>
          </H>
          <p className="utrecht-paragraph">{c.trajectoryTitle}</p>
          <p className="utrecht-paragraph inkoop-muted">
            {t(`consultation.openness_${c.openness}`)} ·{" "}
            {t("consultation.window", { opens: formatDateTime(c.opensAt), closes: formatDateTime(c.closesAt) })}
          </p>
        </li>
      ))}
    </ul>
  );
}

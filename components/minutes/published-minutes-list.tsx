import Link from "next/link";
import { formatDateTime, t } from "@/lib/i18n";

type Item = { meetingId: string; version: number; title: string; publishedAt: Date; changeNote: string | null };

export function PublishedMinutesList({ items }: { items: Item[] }) {
  return (
    <ul className="utrecht-unordered-list">
      {items.map((m) => (
        <li key={`${m.meetingId}-${m.version}`} className="utrecht-unordered-list__item">
          <Link className="utrecht-link" href={`/bijeenkomsten/${m.meetingId}/verslag/${m.version}`}>
            {t("minutes.titleFor", { title: m.title })}
          </Link>
          {" — "}
          {t("minutes.versionLabel", { version: m.version, at: formatDateTime(m.publishedAt) })}
          {m.changeNote ? ` (${m.changeNote})` : ""}
        </li>
      ))}
    </ul>
  );
}

import Link from "next/link";
import { formatDateTime, t } from "@/lib/i18n";

type Version = { id: string; version: number; publishedAt: Date; changeNote: string | null };
type Props = { meetingId: string; versions: Version[]; headingId: string; heading: string };

/** The published versions of one meeting's minutes, newest last, each with what changed. */
export function MinutesVersions({ meetingId, versions, headingId, heading }: Props) {
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="utrecht-heading-2">
        {heading}
      </h2>
      {versions.length ? (
        <ul className="utrecht-unordered-list">
          {versions.map((v) => (
            <li key={v.id} className="utrecht-unordered-list__item">
              <Link className="utrecht-link" href={`/bijeenkomsten/${meetingId}/verslag/${v.version}`}>
                {t("minutes.versionLabel", { version: v.version, at: formatDateTime(v.publishedAt) })}
              </Link>
              {v.changeNote ? ` — ${v.changeNote}` : ""}
            </li>
          ))}
        </ul>
      ) : (
        <p className="utrecht-paragraph">{t("meeting.noPublishedMinutes")}</p>
      )}
    </section>
  );
}

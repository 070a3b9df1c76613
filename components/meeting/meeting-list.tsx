import Link from "next/link";
import type { Meeting } from "@/lib/meeting/reads";
import { formatDateTime, t } from "@/lib/i18n";

export function MeetingList({ meetings, hrefFor }: { meetings: Meeting[]; hrefFor: (id: string) => string }) {
  if (meetings.length === 0) return <p className="utrecht-paragraph">{t("meeting.none")}</p>;
  return (
    <ul className="utrecht-unordered-list">
      {meetings.map((m) => (
        <li key={m.id} className="utrecht-unordered-list__item">
          <Link className="utrecht-link" href={hrefFor(m.id)}>
            {m.title}
          </Link>{" "}
          — {t(`meeting.kind_${m.kind}`)}, {formatDateTime(m.startsAt)}
          {m.cancelledAt ? ` (${t("meeting.cancelledShort")})` : null}
          {m.location ? `, ${m.location}` : ""}
        </li>
      ))}
    </ul>
  );
}

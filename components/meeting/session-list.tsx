import Link from "next/link";
import type { Meeting } from "@/lib/meeting/reads";
import { t } from "@/lib/i18n";
import { MeetingFacts } from "./meeting-facts";

type Session = { meeting: Meeting; latestVersion: number | null };

/** The sessions of an oral consultation: invitation details, agenda and, once published, the minutes. */
export function SessionList({ sessions, showOnlineLink }: { sessions: Session[]; showOnlineLink: boolean }) {
  if (sessions.length === 0) return <p className="utrecht-paragraph">{t("meeting.noSessions")}</p>;
  return (
    <>
      {sessions.map(({ meeting, latestVersion }) => (
        <section key={meeting.id} className="inkoop-card" aria-labelledby={`sessie-${meeting.id}`}>
          <h3 id={`sessie-${meeting.id}`} className="utrecht-heading-3">
            {meeting.title}
          </h3>
          <MeetingFacts meeting={meeting} showOnlineLink={showOnlineLink} />
          {latestVersion ? (
            <p className="utrecht-paragraph">
              <Link className="utrecht-link" href={`/bijeenkomsten/${meeting.id}/verslag/${latestVersion}`}>
                {t("meeting.publishedMinutes")}
              </Link>
            </p>
          ) : null}
        </section>
      ))}
    </>
  );
}

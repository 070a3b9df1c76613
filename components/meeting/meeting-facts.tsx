import { DataRow } from "@/components/ui/data-row";
import type { Meeting } from "@/lib/meeting/reads";
import { formatDateTime, t } from "@/lib/i18n";

/** When, where and what; the online link only for those who may join. */
export function MeetingFacts({ meeting, showOnlineLink }: { meeting: Meeting; showOnlineLink: boolean }) {
  return (
    <dl className="utrecht-data-list utrecht-data-list--rows">
      {meeting.cancelledAt ? (
        <DataRow label={t("meeting.status")}>
          {t("meeting.cancelledNotice", {
            at: formatDateTime(meeting.cancelledAt),
            reason: meeting.cancelReason ?? "",
          })}
        </DataRow>
      ) : null}
      <DataRow label={t("meeting.kind")}>{t(`meeting.kind_${meeting.kind}`)}</DataRow>
      <DataRow label={t("meeting.when")}>
        {t("meeting.whenValue", { starts: formatDateTime(meeting.startsAt), ends: formatDateTime(meeting.endsAt) })}
      </DataRow>
      {meeting.location ? <DataRow label={t("meeting.where")}>{meeting.location}</DataRow> : null}
      {meeting.onlineUrl ? (
        <DataRow label={t("meeting.online")}>
          {showOnlineLink ? (
            <a className="utrecht-link" href={meeting.onlineUrl} rel="noopener noreferrer">
              {t("meeting.joinOnline")}
            </a>
          ) : (
            "✓"
          )}
        </DataRow>
      ) : null}
      <DataRow label={t("meeting.agenda")}>
        <ol className="utrecht-ordered-list">
          {meeting.agenda
            .split(/\r?\n/)
            .filter((line) => line.trim())
            .map((line, i) => (
              <li key={i} className="utrecht-ordered-list__item">
                {line.replace(/^\s*(\d+[.)]|[-*•])\s*/, "")}
              </li>
            ))}
        </ol>
      </DataRow>
    </dl>
  );
}

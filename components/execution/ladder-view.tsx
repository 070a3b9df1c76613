import type { Escalation } from "@/lib/contract/reads";
import { formatDate, formatDateTime, t } from "@/lib/i18n";
import { daysUntil } from "@/lib/escalation/ladder";
import { DataRow } from "@/components/ui/data-row";

type Event = {
  event: { id: string; kind: string; toStep: string; note: string | null; documentId: string | null; at: Date };
  actorName: string;
  documentTitle: string | null;
  documentFile: string | null;
};

const LADDER = ["step1", "step2", "step3"] as const;

function deadline(day: string | null, today: string) {
  if (!day) return t("ladder.noDate");
  const left = daysUntil(day, today);
  return `${formatDate(day)} (${left >= 0 ? t("ladder.daysLeft", { n: left }) : t("ladder.daysLate", { n: -left })})`;
}

/** The ladder's current step, deadlines and measures, and its history with letters and documents. */
export function LadderView({ escalation, events, today }: { escalation: Escalation; events: Event[]; today: string }) {
  return (
    <>
      <ol className="inkoop-phases" aria-label={t("ladder.steps")}>
        {LADDER.map((s) => (
          <li key={s} aria-current={escalation.step === s ? "step" : undefined}>
            {t(`ladder.step_${s}`)}
            {escalation.step === s ? <span className="inkoop-phases__state"> — {t("ladder.current")}</span> : null}
          </li>
        ))}
      </ol>
      <dl className="utrecht-data-list">
        <DataRow label={t("ladder.status")}>
          <strong data-testid="ladder-step">{t(`ladder.step_${escalation.step}`)}</strong>
        </DataRow>
        <DataRow label={t("ladder.source")}>{t(`ladder.source_${escalation.source}`)}</DataRow>
        <DataRow label={t("ladder.shortfall")}>{escalation.shortfall}</DataRow>
        <DataRow label={t("ladder.talkOn")}>{formatDate(escalation.talkOn)}</DataRow>
        {escalation.agreements ? <DataRow label={t("ladder.agreements")}>{escalation.agreements}</DataRow> : null}
        {escalation.step !== "step1" ? (
          <DataRow label={t("ladder.planDueOn")}>
            {escalation.step === "step2" && escalation.planStatus === "awaited"
              ? deadline(escalation.planDueOn, today)
              : escalation.planDueOn
                ? formatDate(escalation.planDueOn)
                : t("ladder.noDate")}
          </DataRow>
        ) : null}
        {escalation.planTermReason ? (
          <DataRow label={t("ladder.termReason")}>{escalation.planTermReason}</DataRow>
        ) : null}
        {escalation.step !== "step1" ? (
          <DataRow label={t("ladder.planStatus")}>{t(`ladder.plan_${escalation.planStatus}`)}</DataRow>
        ) : null}
        {escalation.realisationDueOn ? (
          <DataRow label={t("ladder.realisationDueOn")}>
            {escalation.step === "step2" && !escalation.realisationReportedAt
              ? deadline(escalation.realisationDueOn, today)
              : formatDate(escalation.realisationDueOn)}
          </DataRow>
        ) : null}
        <DataRow label={t("ladder.measures")}>
          {[
            escalation.clientStop ? t("ladder.clientStopOn") : null,
            escalation.thirdParty ? t("ladder.thirdPartyOn") : null,
          ]
            .filter(Boolean)
            .join(" · ") || t("ladder.noMeasures")}
        </DataRow>
        {escalation.step3Ground ? (
          <DataRow label={t("ladder.step3Ground")}>{t(`ladder.ground_${escalation.step3Ground}`)}</DataRow>
        ) : null}
      </dl>
      <h2 className="utrecht-heading-2">{t("ladder.history")}</h2>
      <ol className="utrecht-ordered-list">
        {events.map(({ event, actorName, documentTitle }) => (
          <li key={event.id} className="utrecht-ordered-list__item">
            {formatDateTime(event.at)} — {t(`ladder.event_${event.kind}`)} ({actorName})
            {event.note ? `: ${event.note}` : ""}
            {event.documentId ? (
              <>
                {" "}
                —{" "}
                <a className="utrecht-link" href={`/contractdocumenten/${event.documentId}`}>
                  {documentTitle}
                </a>
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
}

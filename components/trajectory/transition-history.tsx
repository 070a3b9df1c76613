import type { TrajectoryDetail } from "@/lib/trajectory/types";
import { formatDateTime, t } from "@/lib/i18n";
import { phaseIndex } from "@/lib/trajectory/phase-machine";

export function TransitionHistory({ transitions }: { transitions: TrajectoryDetail["transitions"] }) {
  if (transitions.length === 0) return <p className="utrecht-paragraph">{t("trajectory.historyEmpty")}</p>;
  return (
    <ol className="utrecht-ordered-list" reversed>
      {transitions.map((m) => {
        const back = phaseIndex(m.to) < phaseIndex(m.from);
        const text = t(back ? "trajectory.movedBack" : "trajectory.movedForward", {
          actor: m.actor,
          from: t(`phase.${m.from}`),
          to: t(`phase.${m.to}`),
        });
        return (
          <li key={m.id} className="utrecht-ordered-list__item">
            <time dateTime={m.at.toISOString()}>{formatDateTime(m.at)}</time> — {text}
            {m.reason ? (
              <>
                . {t("trajectory.reason")}: {m.reason}
              </>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

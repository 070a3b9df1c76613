import { PHASES, type Phase } from "@/lib/trajectory/constants";
import { phaseIndex } from "@/lib/trajectory/phase-machine";
import { t } from "@/lib/i18n";

export function PhaseStepper({ current }: { current: Phase }) {
  const currentIndex = phaseIndex(current);
  return (
    <ol className="inkoop-phases" aria-label={t("trajectory.currentPhase")}>
      {PHASES.map((phase, i) => (
        <li key={phase} aria-current={i === currentIndex ? "step" : undefined}>
          {t("phase.number", { n: i + 1 })}: {t(`phase.${phase}`)}
          <span className="inkoop-phases__state">
            {i < currentIndex ? t("phase.done") : i === currentIndex ? t("phase.current") : t("phase.upcoming")}
          </span>
        </li>
      ))}
    </ol>
  );
}

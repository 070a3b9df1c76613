import type { TrajectoryDetail } from "@/lib/trajectory/types";
import { t } from "@/lib/i18n";
import { PhaseTimeline, ResponsibilityList } from "./phase-timeline";
import { TrajectoryFacts } from "./trajectory-facts";

/** What is bought, the plan per phase and who does what: the same for officers and the public. */
export function TrajectoryOverview({ detail }: { detail: TrajectoryDetail }) {
  return (
    <>
      <TrajectoryFacts detail={detail} />
      <section aria-labelledby="planning">
        <h2 id="planning" className="utrecht-heading-2">
          {t("trajectory.timeline")}
        </h2>
        <PhaseTimeline detail={detail} />
      </section>
      <section aria-labelledby="rollen">
        <h2 id="rollen" className="utrecht-heading-2">
          {t("trajectory.responsibilities")}
        </h2>
        <ResponsibilityList detail={detail} />
      </section>
    </>
  );
}

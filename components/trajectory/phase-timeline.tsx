import type { TrajectoryDetail } from "@/lib/trajectory/types";
import { formatDate, t } from "@/lib/i18n";
import { PHASES } from "@/lib/trajectory/constants";
import { nextPhase, phaseIndex } from "@/lib/trajectory/phase-machine";

export function PhaseTimeline({ detail }: { detail: TrajectoryDetail }) {
  const byPhase = new Map(detail.phases.map((p) => [p.phase, p]));
  return (
    <div className="inkoop-table-scroll">
      <table className="inkoop-table">
        <caption className="visually-hidden">{t("trajectory.timeline")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("trajectory.phaseColumn")}</th>
            <th scope="col">{t("trajectory.from")}</th>
            <th scope="col">{t("trajectory.until")}</th>
          </tr>
        </thead>
        <tbody>
          {PHASES.map((phase, i) => {
            const plan = byPhase.get(phase);
            return (
              <tr key={phase}>
                <th scope="row">
                  {t("phase.number", { n: i + 1 })}: {t(`phase.${phase}`)}
                </th>
                <td>{plan?.plannedStart ? formatDate(plan.plannedStart) : "—"}</td>
                <td>{plan?.plannedEnd ? formatDate(plan.plannedEnd) : "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function WhatComesNext({ detail }: { detail: TrajectoryDetail }) {
  const next = nextPhase(detail.trajectory.currentPhase);
  if (!next) return <p className="utrecht-paragraph">{t("trajectory.lastPhase")}</p>;
  const start = detail.phases.find((p) => p.phase === next)?.plannedStart;
  return (
    <p className="utrecht-paragraph">
      {t("trajectory.nextPhase", {
        n: phaseIndex(next) + 1,
        phase: t(`phase.${next}`),
        date: start ? formatDate(start) : "—",
      })}{" "}
      {t(`phase.question_${next}`)}
    </p>
  );
}

export function ResponsibilityList({ detail }: { detail: TrajectoryDetail }) {
  return (
    <div className="inkoop-table-scroll">
      <table className="inkoop-table">
        <thead>
          <tr>
            <th scope="col">{t("trajectory.task")}</th>
            <th scope="col">{t("trajectory.responsible")}</th>
          </tr>
        </thead>
        <tbody>
          {detail.responsibilities.map((r) => (
            <tr key={r.id}>
              <td>{r.task}</td>
              <td>{r.responsible}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

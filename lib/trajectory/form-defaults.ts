import type { TrajectoryDetail } from "@/db/queries/trajectories";
import type { FormValues } from "@/lib/http/form-state";
import { PHASES } from "./constants";

/** The edit form starts from what is stored, in the same shape the form posts. */
export function trajectoryFormDefaults(detail: TrajectoryDetail): FormValues {
  const tr = detail.trajectory;
  const values: FormValues = {
    title: tr.title,
    summary: tr.summary,
    domain: tr.domain,
    procedureType: tr.procedureType,
    legalStage: tr.legalStage,
    visibility: tr.visibility,
    estimatedValue: tr.estimatedValue == null ? "" : new Intl.NumberFormat("nl-NL").format(tr.estimatedValue),
    productIds: detail.products.map((p) => p.id),
    municipalityIds: detail.municipalities.map((m) => m.id),
    responsibilityTask: detail.responsibilities.map((r) => r.task),
    responsibilityPerson: detail.responsibilities.map((r) => r.responsible),
  };
  for (const phase of PHASES) {
    const plan = detail.phases.find((p) => p.phase === phase);
    values[`plannedStart_${phase}`] = plan?.plannedStart ?? "";
    values[`plannedEnd_${phase}`] = plan?.plannedEnd ?? "";
  }
  return values;
}

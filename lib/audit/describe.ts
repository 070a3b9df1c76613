import { t } from "@/lib/i18n";
import { PHASES, type Phase } from "@/lib/trajectory/constants";

const isPhase = (v: unknown): v is Phase => typeof v === "string" && (PHASES as readonly string[]).includes(v);

/** A short Dutch reading of an entry's details for the audit table. */
export function describeAuditDetails(action: string, details: Record<string, unknown> | null): string {
  if (!details) return "";
  if (action === "trajectory.move_phase" && isPhase(details.from) && isPhase(details.to)) {
    const base = `${t(`phase.${details.from}`)} → ${t(`phase.${details.to}`)}`;
    return typeof details.reason === "string" && details.reason
      ? `${base} (${t("trajectory.reason").toLowerCase()}: ${details.reason})`
      : base;
  }
  if (action === "trajectory.update_notes" && isPhase(details.phase)) return t(`phase.${details.phase}`);
  if (action === "consultation.export" && typeof details.title === "string") {
    return t("consultation.exportAudit", {
      title: details.title,
      format: String(details.format).toUpperCase(),
      rows: Number(details.rows),
      sensitive: Number(details.sensitive),
    });
  }
  if (typeof details.title === "string") return details.title;
  if (typeof details.fileName === "string") return details.fileName;
  return "";
}

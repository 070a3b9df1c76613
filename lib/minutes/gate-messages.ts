import { t } from "@/lib/i18n";
import type { GateRefusal } from "@/lib/redaction/gate";

/** The Dutch message for a refusal of the publication gate: what to do, never the removed text. */
export function gateRefusalMessage(refusal: GateRefusal): string {
  if (refusal.reason === "too_large") return t("minutes.tooLargeToCheck", { length: refusal.length, max: refusal.max });
  if (refusal.reason === "open_findings") return t("minutes.openFindings", { count: refusal.open.length });
  const surfaces = [...new Set(refusal.leaks.map((l) => t(`minutes.surface_${l.surface.replace(/-/g, "_")}`)))];
  return t("minutes.leakFound", { surfaces: surfaces.join(", ") });
}

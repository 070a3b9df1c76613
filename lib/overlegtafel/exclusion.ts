import { formatDate, t } from "@/lib/i18n";
import type { AttendanceRecord } from "./types";

/**
 * The region's attendance rule: missing a session without giving a reason, or missing more
 * than twice, makes a provider eligible for (temporary) exclusion. The officer decides.
 */
export function exclusionEligibility(attendance: AttendanceRecord[]): { eligible: boolean; reasons: string[] } {
  const seated = attendance.filter((r) => r.invited);
  const withoutReason = seated
    .filter((r) => r.status === "absent_without_reason")
    .sort((a, b) => a.sessionDate.localeCompare(b.sessionDate));
  const absences = seated.filter(
    (r) => r.status === "absent_without_reason" || r.status === "absent_with_reason",
  ).length;
  const reasons = withoutReason.map((r) => t("overlegtafel.exclusion_noReason", { date: formatDate(r.sessionDate) }));
  if (absences > 2) reasons.push(t("overlegtafel.exclusion_tooOften", { count: absences }));
  return { eligible: reasons.length > 0, reasons };
}

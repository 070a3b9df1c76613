import { hasMessage, t } from "@/lib/i18n";
import { PHASES, type Phase } from "@/lib/trajectory/constants";
import { auditActionKey } from "./codes";
import { fieldLabel, formatValue } from "./detail-values";

const isPhase = (v: unknown): v is Phase => typeof v === "string" && (PHASES as readonly string[]).includes(v);

/** Fields shown as they are, without a label in front: they name the thing itself. */
const BARE = new Set(["title", "fileName"]);

/** The Dutch description of an action code; an unknown code (only possible in old data) is shown as it is. */
export function describeAuditAction(action: string): string {
  const key = auditActionKey(action);
  return hasMessage(key) ? t(key) : action;
}

/** The Dutch name of an object type, with its id when there is one. */
export function describeAuditObject(objectType: string, objectId: string | null): string {
  const key = `auditObject.${objectType}`;
  const type = hasMessage(key) ? t(key) : objectType;
  return objectId ? `${type} ${objectId}` : type;
}

/** A short Dutch reading of an entry's details for the audit table and its export. */
export function describeAuditDetails(action: string, details: Record<string, unknown> | null): string {
  if (!details) return "";
  if (action === "trajectory.move_phase" && isPhase(details.from) && isPhase(details.to)) {
    const base = `${t(`phase.${details.from}`)} → ${t(`phase.${details.to}`)}`;
    return typeof details.reason === "string" && details.reason
      ? `${base} (${t("trajectory.reason").toLowerCase()}: ${details.reason})`
      : base;
  }
  if (action === "consultation.export" && typeof details.title === "string") {
    return t("consultation.exportAudit", {
      title: details.title,
      format: String(details.format).toUpperCase(),
      rows: Number(details.rows),
      sensitive: Number(details.sensitive),
    });
  }
  return describeFields(action, details);
}

/** Every field in words, as "label: value", the bare ones (a title, a file name) first. */
function describeFields(action: string, details: Record<string, unknown>): string {
  const entries = Object.entries(details);
  const bare = entries.filter(([k]) => BARE.has(k)).map(([k, v]) => formatValue(action, k, v));
  const labelled = entries
    .filter(([k]) => !BARE.has(k))
    .map(([k, v]) => {
      const value = formatValue(action, k, v);
      return value ? `${fieldLabel(k)}: ${value}` : "";
    });
  return [...bare, ...labelled].filter(Boolean).join("; ");
}

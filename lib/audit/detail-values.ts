import { formatDate, formatDateTime, hasMessage, t } from "@/lib/i18n";

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const numberFormat = new Intl.NumberFormat("nl-NL");

/** How a value of `key` reads for the action: the keys whose meaning depends on the action come first. */
type Kind = "phase" | "role" | "step" | "plain";

export function kindOf(action: string, key: string): Kind {
  if (key === "phase") return "phase";
  if (key !== "from" && key !== "to") return "plain";
  if (action === "trajectory.move_phase") return "phase";
  if (action === "user.change_role") return "role";
  if (action.startsWith("escalation.")) return "step";
  return "plain";
}

/** Fields whose codes the rest of the portal already names: the ladder's grounds and sources, Woo grounds. */
const NAMED_ELSEWHERE: Record<string, string> = {
  ground: "ladder.ground_",
  source: "ladder.source_",
  redactions: "minutes.ground_",
};

/** Numbers that are names rather than amounts: no thousands separator in a year. */
const PLAIN_NUMBERS = new Set(["year", "years", "version", "revision", "extension", "seed"]);

const coded = (key: string, value: string): string | null => {
  const elsewhere = NAMED_ELSEWHERE[key];
  const candidates = [`auditValue.${key}_${value}`, elsewhere ? `${elsewhere}${value.replace(/\./g, "_")}` : ""];
  const k = candidates.find((c) => c && hasMessage(c));
  return k ? t(k) : null;
};

/** One value in words: codes through the message file, dates in Amsterdam time, yes and no, counts. */
export function formatValue(action: string, key: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "boolean") return t(value ? "auditValue.yes" : "auditValue.no");
  if (typeof value === "number") return PLAIN_NUMBERS.has(key) ? String(value) : numberFormat.format(value);
  if (Array.isArray(value)) {
    return value.length === 0 ? t("auditValue.none") : value.map((v) => formatValue(action, key, v)).join(", ");
  }
  if (typeof value === "object") return formatRecord(action, key, value as Record<string, unknown>);
  const text = typeof value === "string" ? value : JSON.stringify(value);
  const kind = kindOf(action, key);
  if (kind === "phase" && hasMessage(`phase.${text}`)) return t(`phase.${text}`);
  if (kind === "role" && hasMessage(`role.${text}`)) return t(`role.${text}`);
  if (kind === "step" && hasMessage(`ladder.step_${text}`)) return t(`ladder.step_${text}`);
  const word = coded(key, text);
  if (word) return word;
  if (DAY.test(text)) return formatDate(text);
  if (MOMENT.test(text) && !Number.isNaN(Date.parse(text))) return formatDateTime(new Date(text));
  return text;
}

/** A nested record (grounds with counts, refused fields, attendance counts): each entry in words. */
function formatRecord(action: string, key: string, record: Record<string, unknown>): string {
  const parts = Object.entries(record)
    .map(([k, v]) => {
      const value = formatValue(action, key, v);
      const label = coded(key, k) ?? fieldLabel(k);
      return value ? `${label} ${value}` : "";
    })
    .filter(Boolean);
  return parts.length ? parts.join(", ") : t("auditValue.none");
}

/** The Dutch name of a details field; a field without one keeps its own name, so nothing recorded is hidden. */
export function fieldLabel(key: string): string {
  const k = `auditField.${key}`;
  return hasMessage(k) ? t(k) : key;
}

export const hasFieldLabel = (key: string) => hasMessage(`auditField.${key}`);

/**
 * The fields of an entry's details that would be shown under their own (English) name: top-level keys without
 * a Dutch label, and keys of nested records that are neither a known code nor a labelled field.
 */
export function unnamedFields(action: string, details: Record<string, unknown> | null): string[] {
  if (!details) return [];
  return Object.entries(details).flatMap(([key, value]) => {
    const own = hasFieldLabel(key) ? [] : [key];
    if (!value || typeof value !== "object" || Array.isArray(value)) return own;
    const nested = Object.keys(value).filter((k) => !coded(key, k) && !hasFieldLabel(k));
    return [...own, ...nested.map((k) => `${key}.${k}`)];
  });
}

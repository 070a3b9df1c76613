import { t } from "@/lib/i18n";
import { checkPlainText } from "@/lib/redaction/gate";
import { detectSensitive } from "@/lib/redaction/detect";
import type { DetectOptions, FindingKind } from "@/lib/redaction/finding";
import { REDACTION_LABELS } from "@/lib/redaction/grounds";
import { findLeaks } from "@/lib/redaction/leak-check";
import { GROUND_FOR_KIND } from "@/lib/redaction/review";
import type { TextDecision } from "./text-decision";

/** The texts of a meeting that reach invitees (and, for public trajectories, everyone). */
export type MeetingTexts = { title: string; agenda: string; location: string | null };
/** A plain text field of a meeting, a table session or a talk: title, agenda, place, description, summary. */
export type TextField = "title" | "agenda" | "location" | "description" | "summary";
export type MeetingTextFinding = { field: TextField; kind: FindingKind; text: string };

const FIELDS = ["title", "agenda", "location"] as const;

/** Every finding in the given plain texts, field by field. */
export function plainTextFindings(
  texts: Partial<Record<TextField, string | null>>,
  options: DetectOptions = {},
): MeetingTextFinding[] {
  return (Object.keys(texts) as TextField[]).flatMap((field) => {
    const value = texts[field] ?? "";
    if (!value || checkPlainText(value, options, []).length === 0) return [];
    return detectSensitive(value, options).map((f) => ({ field, kind: f.kind, text: value.slice(f.start, f.end) }));
  });
}

/**
 * The publication gate for a meeting's plain texts: nothing is redacted in a title or an agenda,
 * so whatever the detector finds there is either taken out by the officer or kept on purpose.
 */
export function meetingTextFindings(texts: MeetingTexts): MeetingTextFinding[] {
  return plainTextFindings(Object.fromEntries(FIELDS.map((f) => [f, texts[f]])));
}

/** Replaces every finding in one text by the fixed label of its suggested ground. */
function redactPlain(value: string, options: DetectOptions): { text: string; removed: string[] } {
  const findings = detectSensitive(value, options).sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  const removed: string[] = [];
  for (const f of findings) {
    if (f.start < at) continue;
    out += value.slice(at, f.start) + REDACTION_LABELS[GROUND_FOR_KIND[f.kind]];
    removed.push(value.slice(f.start, f.end));
    at = f.end;
  }
  return { text: out + value.slice(at), removed };
}

export type PlainGateResult<T> =
  | { ok: true; texts: T; redacted: FindingKind[]; kept: FindingKind[] }
  | { ok: false; reason: "open_findings" | "leak_check"; findings: MeetingTextFinding[]; message: string };

/**
 * Passes plain texts through the gate. With a finding and no decision it refuses, naming every
 * finding; "redact" replaces each by its ground's label and checks that nothing removed or
 * sensitive is left in any of the texts; "keep" lets them through as typed (the caller audits it).
 */
export function gatePlainTexts<T extends Partial<Record<TextField, string | null>>>(
  texts: T,
  options: DetectOptions,
  decision: TextDecision | null,
): PlainGateResult<T> {
  const findings = plainTextFindings(texts, options);
  if (findings.length === 0) return { ok: true, texts, redacted: [], kept: [] };
  if (decision === null) return { ok: false, reason: "open_findings", findings, message: plainTextMessage(findings) };
  const kinds = findings.map((f) => f.kind);
  if (decision === "keep") return { ok: true, texts, redacted: [], kept: kinds };
  const out: Partial<Record<TextField, string | null>> = { ...texts };
  const removed: string[] = [];
  for (const field of Object.keys(texts) as TextField[]) {
    const value = texts[field];
    if (!value) continue;
    const redacted = redactPlain(value, options);
    out[field] = redacted.text;
    removed.push(...redacted.removed);
  }
  const surfaces = (Object.keys(out) as TextField[]).map((name) => ({ name, content: out[name] ?? "" }));
  const leaks = findLeaks({
    removed,
    surfaces,
    publishedText: surfaces.map((s) => s.content).join("\n"),
    options,
    dismissed: [],
  });
  if (leaks.length) return { ok: false, reason: "leak_check", findings, message: t("meeting.redactionIncomplete") };
  return { ok: true, texts: out as T, redacted: kinds, kept: [] };
}

const findingList = (findings: readonly MeetingTextFinding[]) =>
  findings
    .map((f) =>
      t("meeting.textFinding", { text: f.text, kind: t(`minutes.kind_${f.kind}`), field: t(`meeting.${f.field}`) }),
    )
    .join("; ");

/** One Dutch message naming every finding and where it stands, so the officer can fix them at once. */
export function meetingTextMessage(findings: readonly MeetingTextFinding[]): string {
  return t("meeting.sensitiveTexts", { list: findingList(findings) });
}

/** The same, for forms that let the officer choose between taking the findings out and keeping them. */
export function plainTextMessage(findings: readonly MeetingTextFinding[]): string {
  return t("meeting.sensitiveTextsDecide", { list: findingList(findings) });
}

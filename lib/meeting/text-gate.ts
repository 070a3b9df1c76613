import { t } from "@/lib/i18n";
import { checkPlainText } from "@/lib/redaction/gate";
import { detectSensitive } from "@/lib/redaction/detect";

/** The texts of a meeting that reach invitees (and, for public trajectories, everyone). */
export type MeetingTexts = { title: string; agenda: string; location: string | null };
export type MeetingTextFinding = { field: keyof MeetingTexts; kind: string; text: string };

const FIELDS = ["title", "agenda", "location"] as const;

/**
 * The publication gate for a meeting's plain texts: nothing is redacted in a title or an agenda,
 * so whatever the detector finds there is either taken out by the officer or kept on purpose.
 */
export function meetingTextFindings(texts: MeetingTexts): MeetingTextFinding[] {
  return FIELDS.flatMap((field) => {
    const value = texts[field] ?? "";
    if (!value || checkPlainText(value, {}, []).length === 0) return [];
    return detectSensitive(value).map((f) => ({ field, kind: f.kind, text: value.slice(f.start, f.end) }));
  });
}

/** One Dutch message naming every finding and where it stands, so the officer can fix them at once. */
export function meetingTextMessage(findings: readonly MeetingTextFinding[]): string {
  const list = findings
    .map((f) =>
      t("meeting.textFinding", { text: f.text, kind: t(`minutes.kind_${f.kind}`), field: t(`meeting.${f.field}`) }),
    )
    .join("; ");
  return t("meeting.sensitiveTexts", { list });
}

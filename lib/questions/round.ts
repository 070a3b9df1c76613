import { t } from "@/lib/i18n";
import type { RichTextDoc, RichTextNode } from "@/lib/rich-text/schema";
import type { AnswerState, QuestionState, RoundState } from "./constants";

export type RoundItem = {
  id: string;
  state: QuestionState;
  answerState: AnswerState;
  publicQuestion: RichTextDoc;
  answer: RichTextDoc | null;
  touchedBy: readonly string[];
  /** Summary of the edit-after-publication entry when the answer changes the consultation's text. */
  changeSummary: string | null;
  /** Texts of questions merged into this one are answered with it; only their number is published. */
  mergedCount: number;
};

/** Why a round may not go to review or be published yet, in Dutch; empty when it may. */
export function roundProblems(items: readonly RoundItem[]): string[] {
  if (items.length === 0) return [t("questions.roundEmpty")];
  const problems: string[] = [];
  items.forEach((item, i) => {
    if (item.state !== "received" && item.state !== "answered")
      problems.push(t("questions.roundItemNotOpen", { n: i + 1 }));
    else if (item.answerState === "none" || !item.answer) problems.push(t("questions.roundItemNoAnswer", { n: i + 1 }));
    else if (item.answerState === "draft") problems.push(t("questions.roundItemDraft", { n: i + 1 }));
  });
  return problems;
}

/** Everyone who touched the round or any of its questions since the last publication. */
export function roundTouchers(round: { touchedBy: readonly string[] }, items: readonly RoundItem[]): string[] {
  return [...new Set([...round.touchedBy, ...items.flatMap((i) => i.touchedBy)])];
}

/**
 * Four eyes, as for minutes: the approver is an officer who did not compose, write, redact or submit
 * the round. Checked when approving and again when publishing.
 */
export function approverRefusal(
  round: { state: RoundState; submittedBy: string | null; touchedBy: readonly string[] },
  items: readonly RoundItem[],
  approverId: string,
): string | null {
  if (round.state !== "submitted" || !round.submittedBy) return t("questions.roundNotSubmitted");
  if (round.submittedBy === approverId || roundTouchers(round, items).includes(approverId))
    return t("questions.approverTouched");
  return null;
}

/** The next round number of a consultation: one more than the highest so far. */
export function nextRoundNumber(existing: readonly number[]): number {
  return existing.reduce((max, n) => Math.max(max, n), 0) + 1;
}

const text = (value: string): RichTextNode => ({ type: "text", text: value });
const heading = (level: number, value: string): RichTextNode => ({
  type: "heading",
  attrs: { level },
  content: [text(value)],
});

/** A typed question as the officer's starting point for its public copy: one paragraph per line. */
export function questionDocument(body: string): RichTextDoc {
  const lines = body.split(/\r?\n/).filter((l) => l.trim().length > 0);
  return {
    type: "doc",
    content: lines.length ? lines.map((l) => ({ type: "paragraph", content: [text(l)] })) : [{ type: "paragraph" }],
  };
}

/**
 * The round as one document that passes the publication gate as a whole: per question a numbered
 * heading, the (redacted) question and the (redacted) answer. Who asked is not part of it at all.
 */
export function composeRoundDocument(items: readonly RoundItem[]): RichTextDoc {
  const content: RichTextNode[] = [];
  items.forEach((item, i) => {
    content.push(heading(2, t("questions.docQuestion", { n: i + 1 })));
    if (item.mergedCount > 0)
      content.push({ type: "paragraph", content: [text(t("questions.docMerged", { count: item.mergedCount }))] });
    content.push(...(item.publicQuestion.content ?? []));
    content.push(heading(3, t("questions.docAnswer")));
    content.push(...(item.answer?.content ?? []));
    if (item.changeSummary)
      content.push({
        type: "paragraph",
        content: [
          { ...text(t("questions.docChangesText", { summary: item.changeSummary })), marks: [{ type: "bold" }] },
        ],
      });
  });
  return { type: "doc", content };
}

import { t } from "@/lib/i18n";
import { MAX_ANSWER_LENGTH } from "./constants";

export type Question = {
  id: string;
  kind: "open" | "single" | "multiple" | "scale";
  prompt: string;
  required: boolean;
  options: string[];
};
export type AnswerValue = string | string[] | number | null;
export type Answer = { questionId: string; value: AnswerValue; competitionSensitive: boolean };

const ANSWER = "answer_";
const SENSITIVE = "sensitive_";
const META = new Set(["consultationId", "baseVersion", "intent"]);

const isEmpty = (v: AnswerValue) => v === null || v === "" || (Array.isArray(v) && v.length === 0);

/**
 * Reads the answers a response form posts (answer_<questionId>, sensitive_<questionId>). A draft
 * may be incomplete; a submission must answer every required question. Fields for questions
 * that do not exist are refused.
 */
export function parseAnswers(
  questions: Question[],
  values: Record<string, string | string[]>,
  mode: "draft" | "submit",
) {
  const errors: Record<string, string[]> = {};
  const byId = new Map(questions.map((q) => [q.id, q]));
  for (const key of Object.keys(values)) {
    if (META.has(key)) continue;
    const id = key.startsWith(ANSWER)
      ? key.slice(ANSWER.length)
      : key.startsWith(SENSITIVE)
        ? key.slice(SENSITIVE.length)
        : null;
    if (!id || !byId.has(id)) (errors._form ??= []).push(t("consultation.unknownQuestion"));
  }
  const answers: Answer[] = questions.map((q) => {
    const raw = values[`${ANSWER}${q.id}`];
    const sensitive = values[`${SENSITIVE}${q.id}`] === "on";
    const { value, error } = readValue(q, raw);
    if (error) (errors[`${ANSWER}${q.id}`] ??= []).push(error);
    else if (mode === "submit" && q.required && isEmpty(value))
      (errors[`${ANSWER}${q.id}`] ??= []).push(t("consultation.answerRequired"));
    return { questionId: q.id, value, competitionSensitive: sensitive };
  });
  return { answers, errors, ok: Object.keys(errors).length === 0 };
}

function readValue(q: Question, raw: string | string[] | undefined): { value: AnswerValue; error?: string } {
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  switch (q.kind) {
    case "open": {
      const text = (list[0] ?? "").trim();
      return text.length > MAX_ANSWER_LENGTH
        ? { value: null, error: t("errors.tooLong", { max: MAX_ANSWER_LENGTH }) }
        : { value: text || null };
    }
    case "single": {
      const choice = list[0] ?? "";
      if (!choice) return { value: null };
      return q.options.includes(choice) ? { value: choice } : { value: null, error: t("errors.invalidChoice") };
    }
    case "multiple": {
      const chosen = [...new Set(list.filter(Boolean))];
      return chosen.every((c) => q.options.includes(c))
        ? { value: chosen }
        : { value: null, error: t("errors.invalidChoice") };
    }
    case "scale": {
      const text = list[0] ?? "";
      if (!text) return { value: null };
      const n = Number(text);
      return Number.isInteger(n) && n >= 1 && n <= 5
        ? { value: n }
        : { value: null, error: t("consultation.scaleRange") };
    }
  }
}

/** The answers others may read: never the ones marked competition-sensitive. */
export function shareableAnswers<A extends { competitionSensitive: boolean }>(answers: A[]): A[] {
  return answers.filter((a) => !a.competitionSensitive);
}

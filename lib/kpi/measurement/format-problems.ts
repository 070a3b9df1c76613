import { t } from "@/lib/i18n";
import type { ImportProblem } from "./parse-import";

/** How many problems are written out; the rest are counted, as the whole list helps nobody more. */
export const PROBLEMS_SHOWN = 200;

/** The Dutch lines for a refused file: "Rij 4, kolom 'productcode': …", every problem in row order. */
export function problemLines(problems: readonly ImportProblem[]): string[] {
  const lines = problems
    .slice(0, PROBLEMS_SHOWN)
    .map((p) =>
      p.row === null
        ? p.message
        : p.column === null
          ? t("kpiData.problemRow", { row: p.row, message: p.message })
          : t("kpiData.problem", { row: p.row, column: p.column, message: p.message }),
    );
  if (problems.length > PROBLEMS_SHOWN)
    lines.push(t("kpiData.problemsMore", { count: problems.length - PROBLEMS_SHOWN }));
  return [t("kpiData.refused", { count: problems.length }), ...lines];
}

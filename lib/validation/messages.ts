import type { z } from "zod";
import { t } from "@/lib/i18n";

/** Maps zod issues to one or more Dutch messages per field name. */
export function zodFieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) (out._form ??= []).push(t("errors.unknownField", { field: key }));
      continue;
    }
    const field = issue.path.length > 0 ? String(issue.path[0]) : "_form";
    // In a list (e.g. the questions of a consultation) say which item is meant.
    const item = typeof issue.path[1] === "number" ? `${t("errors.itemN", { n: issue.path[1] + 1 })}: ` : "";
    (out[field] ??= []).push(item + messageFor(issue));
  }
  return out;
}

function messageFor(issue: z.core.$ZodIssue): string {
  // Messages set in the schema are already Dutch; zod's defaults are not.
  if (issue.message && !/^(Invalid|Too|Expected|Unrecognized|String|Number)/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case "too_small":
      return issue.origin === "array"
        ? t("errors.chooseAtLeastOne")
        : Number(issue.minimum) <= 1
          ? t("errors.required")
          : t("errors.tooShort", { min: Number(issue.minimum) });
    case "too_big":
      return t("errors.tooLong", { max: Number(issue.maximum) });
    case "invalid_value":
      return t("errors.invalidChoice");
    default:
      return t("errors.required");
  }
}

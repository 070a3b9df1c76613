/** What a form action returns: the outcome, messages per field, and what the user typed. */
export type FormValues = Record<string, string | string[]>;
export type FormState = {
  status: "idle" | "error" | "success";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: FormValues;
};

export const IDLE: FormState = { status: "idle" };

/** Turns FormData into plain values, dropping Next's internal `$ACTION` fields and files. */
export function formValues(formData: FormData, arrayFields: readonly string[] = []): FormValues {
  const values: FormValues = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    if (arrayFields.includes(key)) values[key] = all;
    else if (all.length > 0) values[key] = all[all.length - 1] ?? "";
  }
  for (const key of arrayFields) values[key] ??= [];
  return values;
}

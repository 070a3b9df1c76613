/** What a form action returns: the outcome, messages per field, and what the user typed. */
export type FormValues = Record<string, string | string[]>;
export type FormState = {
  status: "idle" | "error" | "success";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: FormValues;
  /** Small facts the form needs back, such as the version a save produced. */
  meta?: Record<string, string>;
};

export const IDLE: FormState = { status: "idle" };

/** Turns FormData into plain values, dropping Next's internal `$ACTION` fields and files. */
export function formValues(
  formData: FormData,
  arrayFields: readonly string[] | ((key: string) => boolean) = [],
): FormValues {
  const isArray = typeof arrayFields === "function" ? arrayFields : (key: string) => arrayFields.includes(key);
  const values: FormValues = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    if (isArray(key)) values[key] = all;
    else if (all.length > 0) values[key] = all[all.length - 1] ?? "";
  }
  if (typeof arrayFields !== "function") for (const key of arrayFields) values[key] ??= [];
  return values;
}

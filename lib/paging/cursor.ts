import { z } from "zod";

/**
 * A keyset cursor is the sort key of the row a page ends (or starts) at, as text: the next page starts
 * strictly after it, so rows are never repeated or skipped, however far one pages. Every value is
 * checked against the kind of its key before it reaches a query; anything else is not a cursor.
 */
export type KeyKind = "timestamp" | "uuid" | "text" | "int";

const PART: Record<KeyKind, z.ZodType<string>> = {
  // PostgreSQL's text form of a timestamptz, microseconds and offset included, so no precision is lost.
  timestamp: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}(:?\d{2}){0,2})$/)
    .refine((v) => !Number.isNaN(Date.parse(v.replace(" ", "T").replace(/([+-]\d{2})$/, "$1:00")))),
  uuid: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
  text: z.string().max(400),
  int: z.string().regex(/^-?\d{1,15}$/),
};

export const MAX_CURSOR_LENGTH = 2_000;

export function encodeCursor(values: readonly string[]): string {
  return Buffer.from(JSON.stringify(values), "utf8").toString("base64url");
}

/** The key values for `kinds`, or null for anything that is not a cursor of this shape. */
export function decodeCursor(raw: string, kinds: readonly KeyKind[]): string[] | null {
  if (!raw || raw.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(raw)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const schema = z.tuple(kinds.map((k) => PART[k]) as [z.ZodType<string>, ...z.ZodType<string>[]]);
  const result = schema.safeParse(parsed);
  return result.success ? result.data : null;
}

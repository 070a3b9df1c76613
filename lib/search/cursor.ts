import { SEARCH_KINDS, type SearchKind } from "./kinds";

/**
 * Keyset position after the last result of a page: results are ordered by score (high first), then
 * kind and id, so the next page starts strictly after this triple and never repeats or skips one.
 */
export type SearchCursor = { score: number; kind: SearchKind; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function encodeCursor(cursor: SearchCursor): string {
  return Buffer.from(`${cursor.score}.${cursor.kind}.${cursor.id}`, "utf8").toString("base64url");
}

/** Null for anything that is not a cursor this portal wrote. */
export function decodeCursor(value: string): SearchCursor | null {
  if (value.length > 120 || !/^[A-Za-z0-9_-]+$/.test(value)) return null;
  const [score, kind, id, ...rest] = Buffer.from(value, "base64url").toString("utf8").split(".");
  if (rest.length || !score || !kind || !id) return null;
  if (!/^\d{1,12}$/.test(score) || !UUID.test(id) || !(SEARCH_KINDS as readonly string[]).includes(kind)) return null;
  return { score: Number(score), kind: kind as SearchKind, id };
}

import type { Finding } from "../finding";

export const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** One regex over a list of phrases, whole words only, case-insensitive; null for an empty list. */
export function phraseRegExp(phrases: readonly string[]): RegExp | null {
  const list = [...new Set(phrases.map((p) => p.trim()).filter((p) => p.length >= 2))].sort((a, b) => b.length - a.length);
  if (list.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.map((p) => escapeRegExp(p).replace(/\s+/g, "\\s+")).join("|")})(?![\\p{L}\\p{N}])`, "giu");
}

/** Start offsets of every match, sorted: for fast "is there one nearby?" questions. */
export function positions(text: string, pattern: RegExp | null): number[] {
  if (!pattern) return [];
  const out: number[] = [];
  for (const m of text.matchAll(pattern)) out.push(m.index);
  return out;
}

/** Whether a sorted list holds a value within [from, to]. */
export function anyWithin(sorted: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]! <= to;
}

export type Emit = (finding: Finding) => void;

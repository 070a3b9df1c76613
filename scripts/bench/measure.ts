import { performance } from "node:perf_hooks";

export type BenchResult = {
  name: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
  targetMs?: number;
  /** Which figure the target is for (default the 95th percentile). */
  targetOn?: "median" | "p95";
};

/** Runs `fn` a few times to warm up, then `runs` times, and reports the median and 95th percentile. */
export function measure(
  name: string,
  runs: number,
  fn: () => void,
  opts: { targetMs?: number; targetOn?: "median" | "p95" } = {},
): BenchResult {
  for (let i = 0; i < 3; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { name, runs, medianMs: at(0.5), p95Ms: at(0.95), targetMs: opts.targetMs, targetOn: opts.targetOn };
}

/** The middle value, or the mean of the two middle values. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

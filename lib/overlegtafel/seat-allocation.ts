import { drawKey } from "./draw";

/**
 * Spreads `seats` over sub-regions in proportion to their candidate counts with the
 * largest-remainder method, after first giving every sub-region with candidates one seat
 * (when there are enough seats for that). Never gives a sub-region more seats than candidates.
 * Ties go to the sub-region with more candidates, then to the seeded draw.
 */
export function allocateSeats(counts: Map<string, number>, seats: number, seed: string): Map<string, number> {
  const regions = [...counts]
    .filter(([, n]) => n > 0)
    .map(([id, n]) => ({ id, n, key: drawKey(seed, `subregio:${id}`) }));
  const byPriority = (a: { n: number; key: string }, b: { n: number; key: string }) =>
    b.n - a.n || (a.key < b.key ? -1 : 1);
  regions.sort(byPriority);
  const total = regions.reduce((sum, r) => sum + r.n, 0);
  const allocation = new Map(regions.map((r) => [r.id, 0]));
  let remaining = Math.min(seats, total);

  for (const r of regions) {
    if (remaining === 0) break;
    allocation.set(r.id, 1);
    remaining -= 1;
  }
  while (remaining > 0) {
    let best: (typeof regions)[number] | null = null;
    let bestGap = -Infinity;
    for (const r of regions) {
      const given = allocation.get(r.id) ?? 0;
      if (given >= r.n) continue;
      const gap = (seats * r.n) / total - given;
      if (gap > bestGap + 1e-12) {
        best = r;
        bestGap = gap;
      }
    }
    if (!best) break;
    allocation.set(best.id, (allocation.get(best.id) ?? 0) + 1);
    remaining -= 1;
  }
  return allocation;
}

/**
 * Reference data that changes rarely (region, sub-regions, municipalities, products, guidance) is read
 * once per database handle and kept in the process. A write that changes it calls
 * `invalidateReference` after its transaction committed, so this instance shows the change at once;
 * other instances (several behind a load balancer) hear of it through the change feed
 * (lib/cache/change-feed.ts), and without it see it when their copy expires, after `REFERENCE_TTL_MS`.
 * A transaction is a handle of its own, so a write never reads another's copy.
 */
export const REFERENCE_TTL_MS = 30_000;

export type ReferenceKey = "regions" | "subregions" | "municipalities" | "products" | "guidance";

type Entry = { value: Promise<unknown>; expires: number };

type State = { caches: WeakMap<object, Map<string, Entry>>; generations: Record<ReferenceKey, number> };

/*
 * Per database handle, so tests with their own databases in one process never share a copy. Kept on
 * globalThis: Next bundles the server's start-up (instrumentation.ts, which follows the change feed) apart
 * from the pages, and each bundle would otherwise have a cache, and generations, of its own.
 */
const STATE_KEY = Symbol.for("inkoopdialoog.reference-cache");
const state = ((globalThis as Record<symbol, State | undefined>)[STATE_KEY] ??= {
  caches: new WeakMap(),
  generations: { regions: 0, subregions: 0, municipalities: 0, products: 0, guidance: 0 },
});
const { caches, generations } = state;

/**
 * The cached value of `key` (and `variant`, such as one phase's guidance) for this handle, loading it
 * when absent or expired. A failed load is not kept. Arrays come back as a fresh copy, so a caller
 * that sorts its list cannot change another's.
 */
export async function cachedReference<T>(
  db: object,
  key: ReferenceKey,
  variant: string,
  load: () => PromiseLike<T>,
  now: () => number = Date.now,
): Promise<T> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  const id = `${key}:${generations[key]}:${variant}`;
  const hit = cache.get(id);
  if (hit && hit.expires > now()) return copy((await hit.value) as T);
  const value = Promise.resolve(load());
  cache.set(id, { value, expires: now() + REFERENCE_TTL_MS });
  value.catch(() => {
    if (cache.get(id)?.value === value) cache.delete(id);
  });
  return copy(await value);
}

/** Forgets every cached copy of these keys in this process; call it after the write committed. */
export function invalidateReference(...keys: ReferenceKey[]): void {
  for (const key of keys) generations[key] += 1;
}

const copy = <T>(value: T): T => (Array.isArray(value) ? (value.slice() as T) : value);

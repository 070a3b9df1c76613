import type { Database } from "@/db/connection";
import { log } from "@/lib/log";
import { invalidateReference, type ReferenceKey } from "./reference";

/** What the portal's HTTP server exposes of its page cache (scripts/page-cache.mjs), when it runs one. */
export type PageCacheControl = { invalidate: () => void; setLive: (live: boolean) => void };

const PAGE_CACHE_KEY = Symbol.for("inkoopdialoog.page-cache");

/** The page cache of this process: present under scripts/server.mjs, absent under `next dev` and in tests. */
export function serverPageCache(): PageCacheControl | undefined {
  return (globalThis as Record<symbol, PageCacheControl | undefined>)[PAGE_CACHE_KEY];
}

/** The reference data each table feeds (lib/cache/reference.ts). */
const REFERENCE_TABLES: Record<string, ReferenceKey[]> = {
  regions: ["regions"],
  subregions: ["subregions"],
  municipalities: ["municipalities"],
  products: ["products"],
  phase_guidance: ["guidance"],
};
const ALL_REFERENCE = [...new Set(Object.values(REFERENCE_TABLES).flat())];

const following = new WeakSet<object>();

/**
 * Empties this instance's caches whenever any instance (or the job worker) commits a change: the reference
 * data the change touches, and every kept page. While the feed does not listen, the page cache keeps
 * nothing; once it listens (again), both start afresh, since changes may have been missed meanwhile.
 * Follows a database handle once, however often it is called.
 */
export async function followChanges(
  db: Database,
  pages: PageCacheControl | undefined = serverPageCache(),
): Promise<(() => Promise<void>) | undefined> {
  if (following.has(db)) return undefined;
  following.add(db);
  return db.$listenForChanges({
    onChange(table) {
      const keys = REFERENCE_TABLES[table];
      if (keys) invalidateReference(...keys);
      pages?.invalidate();
    },
    onListening() {
      invalidateReference(...ALL_REFERENCE);
      pages?.invalidate();
      pages?.setLive(true);
    },
    onLost() {
      pages?.setLive(false);
      log.warn("de verbinding die wijzigingen volgt is verbroken; de paginacache staat uit tot ze hersteld is");
    },
  });
}

import type { IncomingMessage, ServerResponse } from "node:http";

export declare const CACHEABLE_PATHS: readonly RegExp[];
export declare const SEARCH_PATH: RegExp;
export declare const PAGE_CACHE_KEY: unique symbol;
export declare function cachePoolOf(
  req: Pick<IncomingMessage, "method" | "url" | "headers">,
): "pages" | "searches" | null;
export declare function isCacheableRequest(req: Pick<IncomingMessage, "method" | "url" | "headers">): boolean;
export declare function pageCacheTtlMs(setting: string | undefined): number;
export type PageCache = {
  handle(req: IncomingMessage, res: ServerResponse, render: (req: IncomingMessage, res: ServerResponse) => void): void;
  invalidate(): void;
  setLive(live: boolean): void;
  readonly size: number;
};
export declare function createPageCache(options: {
  ttlMs: number;
  maxEntries?: number;
  maxSearchEntries?: number;
  maxBytes?: number;
  now?: () => number;
}): PageCache;

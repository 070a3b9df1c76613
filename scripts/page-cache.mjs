// A short-lived cache of the public pages anonymous visitors read most, kept in the portal's HTTP server
// (scripts/server.mjs). Next renders every page per request because each response carries its own CSP nonce;
// this cache keeps the rendered page and gives every response it serves a fresh nonce and request id instead.
//
// Only pages rendered for nobody in particular are kept: a GET without a session (or any other unknown
// cookie), for a path on the allowlist, answered 200 with HTML and no cookie. An entry lives `ttlMs` at most;
// any committed change to the data the portal shows empties the whole cache at once, on every instance
// (db/change-feed.ts tells the server through `invalidate`). Until that feed listens, nothing is kept.
import { randomUUID } from "node:crypto";
import { gzipSync } from "node:zlib";

/** The public pages worth keeping: home, the consultations and the trajectories, each list and each page. */
export const CACHEABLE_PATHS = [/^\/$/, /^\/consultaties(\/[^/?]+)?$/, /^\/trajecten(\/[^/?]+)?$/];
/*
 * A visitor's search is the same for every visitor who asks the same question, and a common question is asked
 * often. Searches are kept in a pool of their own, so that many different questions never push the pages above
 * out of the cache.
 */
export const SEARCH_PATH = /^\/zoeken$/;

// Cookies that never change what a page shows: Auth.js's CSRF token and return address on the way to signing in.
const HARMLESS_COOKIE = /^(__Host-|__Secure-)?authjs\.(csrf-token|callback-url)$/;
// Headers of Next's client-side navigation and server actions: those responses are not the page's HTML.
const NEXT_REQUEST_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-action",
];
const MAX_URL_LENGTH = 2000;
const MAX_PAGE_BYTES = 2 * 1024 * 1024;
// The same rule as lib/log/request-id.ts: a proxy's id is kept when it looks like one.
const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;
const NONCE = /'nonce-([^']+)'/;

/** Whether the cookie header holds nothing but cookies that leave the page as it is for anyone. */
function onlyHarmlessCookies(cookie) {
  if (!cookie) return true;
  return cookie.split(";").every((part) => {
    const name = part.split("=", 1)[0].trim();
    return name === "" || HARMLESS_COOKIE.test(name);
  });
}

/**
 * The pool a request's page is kept in when it is the same for every anonymous visitor: "pages" or
 * "searches"; null when it is not to be kept.
 */
export function cachePoolOf(req) {
  if (req.method !== "GET" || !req.url || req.url.length > MAX_URL_LENGTH) return null;
  if (!onlyHarmlessCookies(req.headers.cookie)) return null;
  if (NEXT_REQUEST_HEADERS.some((name) => req.headers[name] !== undefined)) return null;
  const query = req.url.indexOf("?");
  const pathname = query < 0 ? req.url : req.url.slice(0, query);
  if (query >= 0 && /(^|&)_rsc=/.test(req.url.slice(query + 1))) return null;
  if (CACHEABLE_PATHS.some((pattern) => pattern.test(pathname))) return "pages";
  return SEARCH_PATH.test(pathname) ? "searches" : null;
}

/** Whether a request asks for a page that is the same for every anonymous visitor. */
export const isCacheableRequest = (req) => cachePoolOf(req) !== null;

const headerValues = (value) => (Array.isArray(value) ? value : [String(value)]);

/**
 * A page cache. `ttlMs` 0 turns it off. `maxEntries` bounds the pages, `maxSearchEntries` the searches, and
 * `maxBytes` both together (searches go first when it is reached). `now` is for tests.
 * - `handle(req, res, render)`: answers from the cache, or lets `render(req, res)` (Next) answer and keeps the page.
 * - `invalidate()`: forgets every page, and every page still being rendered.
 * - `setLive(live)`: whether the change feed listens; the cache keeps and serves pages only while it does.
 */
export function createPageCache({
  ttlMs,
  maxEntries = 500,
  maxSearchEntries = 200,
  maxBytes = 64 * 1024 * 1024,
  now = Date.now,
}) {
  /** Per pool, url → { body: string, headers: [name, value][], nonce, storedAt, bytes } */
  const pools = { pages: new Map(), searches: new Map() };
  const limits = { pages: maxEntries, searches: maxSearchEntries };
  const refreshing = new Set();
  let bytes = 0;
  let generation = 0;
  let live = false;

  const remove = (entries, key) => {
    const entry = entries.get(key);
    if (!entry) return;
    bytes -= entry.bytes;
    entries.delete(key);
  };

  // Map keeps insertion order, and a hit re-inserts: the first key of a pool is its least recently used.
  const removeOldest = (entries) => remove(entries, entries.keys().next().value);

  const store = (pool, key, entry) => {
    const entries = pools[pool];
    remove(entries, key);
    entries.set(key, entry);
    bytes += entry.bytes;
    while (entries.size > limits[pool]) removeOldest(entries);
    while (bytes > maxBytes) removeOldest(pools.searches.size > 0 ? pools.searches : pools.pages);
  };

  /** Sends a kept page with a nonce and request id of its own. */
  const serve = (req, res, entry) => {
    const nonce = Buffer.from(randomUUID()).toString("base64");
    const incomingId = req.headers["x-request-id"];
    const requestId =
      typeof incomingId === "string" && ACCEPTABLE_REQUEST_ID.test(incomingId) ? incomingId : randomUUID();
    let body = Buffer.from(entry.body.replaceAll(entry.nonce, nonce), "utf8");
    const headers = [];
    for (const [name, value] of entry.headers) {
      if (name === "x-request-id" || name === "content-length" || name === "content-encoding") continue;
      for (const one of headerValues(value)) headers.push([name, one.replaceAll(entry.nonce, nonce)]);
    }
    headers.push(["x-request-id", requestId]);
    if (/\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
      body = gzipSync(body, { level: 1 });
      headers.push(["content-encoding", "gzip"]);
    }
    headers.push(["content-length", String(body.byteLength)]);
    res.writeHead(200, headers.flat());
    res.end(body);
  };

  /** Lets Next answer and keeps what it sent, when it is a page for anyone and no change came in meanwhile. */
  const renderAndKeep = (pool, key, req, res, render) => {
    const startedIn = generation;
    refreshing.add(key);
    // Next compresses when the client allows it; the kept copy must be the plain page (served compressed above).
    delete req.headers["accept-encoding"];
    const chunks = [];
    let size = 0;
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    const collect = (chunk, encoding) => {
      if (chunk === undefined || chunk === null || typeof chunk === "function") return;
      const buffer = Buffer.isBuffer(chunk)
        ? chunk
        : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8");
      size += buffer.byteLength;
      if (size <= MAX_PAGE_BYTES) chunks.push(buffer);
    };
    res.write = (chunk, ...rest) => {
      collect(chunk, rest[0]);
      return write(chunk, ...rest);
    };
    res.end = (chunk, ...rest) => {
      collect(chunk, rest[0]);
      keep(pool, key, res, chunks, size, startedIn);
      return end(chunk, ...rest);
    };
    res.once("close", () => refreshing.delete(key));
    render(req, res);
  };

  const keep = (pool, key, res, chunks, size, startedIn) => {
    refreshing.delete(key);
    if (!live || startedIn !== generation || res.statusCode !== 200 || size > MAX_PAGE_BYTES) return;
    const headers = res.getHeaders();
    if (headers["set-cookie"] !== undefined || headers["content-encoding"] !== undefined) return;
    if (!String(headers["content-type"] ?? "").startsWith("text/html")) return;
    const nonce = NONCE.exec(String(headers["content-security-policy"] ?? ""))?.[1];
    if (!nonce) return;
    const body = Buffer.concat(chunks).toString("utf8");
    store(pool, key, { body, headers: Object.entries(headers), nonce, storedAt: now(), bytes: size });
  };

  return {
    handle(req, res, render) {
      const pool = ttlMs > 0 && live ? cachePoolOf(req) : null;
      if (!pool) return render(req, res);
      const entries = pools[pool];
      const key = req.url;
      const entry = entries.get(key);
      const fresh = entry && now() - entry.storedAt < ttlMs;
      if (entry && (fresh || refreshing.has(key))) {
        // Most recently used goes last; an expired page is served only while one request renders it anew.
        entries.delete(key);
        entries.set(key, entry);
        return serve(req, res, entry);
      }
      return renderAndKeep(pool, key, req, res, render);
    },
    invalidate() {
      generation += 1;
      pools.pages.clear();
      pools.searches.clear();
      refreshing.clear();
      bytes = 0;
    },
    setLive(value) {
      live = value;
      if (!value) this.invalidate();
    },
    get size() {
      return pools.pages.size + pools.searches.size;
    },
  };
}

/** Where the app finds the server's cache (db/change-feed.ts): the same process, outside Next's bundle. */
export const PAGE_CACHE_KEY = Symbol.for("inkoopdialoog.page-cache");

/** The configured lifetime: PAGE_CACHE_SECONDS (default 5; 0 turns the cache off). */
export function pageCacheTtlMs(setting) {
  const seconds = setting === undefined || setting.trim() === "" ? 5 : Number(setting);
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 300) * 1000 : 0;
}

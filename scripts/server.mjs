#!/usr/bin/env node
// The portal's HTTP server: Next's request handler behind Node's own server, so the socket address of each
// request is known. Next hands neither the socket nor its address to pages and route handlers, and the
// X-Forwarded-For it fills in is whatever the client sent, if it sent one. Started by scripts/start.mjs.
import { createServer } from "node:http";
import next from "next";
import { PAGE_CACHE_KEY, createPageCache, pageCacheTtlMs } from "./page-cache.mjs";
import { randomPeerHeaderName, stampRequest, trustsNobody } from "./request-stamp.mjs";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "0.0.0.0";

// The app finds the header's name on globalThis (lib/http/peer-address.ts). Set before Next loads, which
// runs the app in this same process.
const peerHeader = randomPeerHeaderName();
globalThis[Symbol.for("inkoopdialoog.peer-address-header")] = peerHeader;
// With TRUSTED_PROXIES the app decides per hop which forwarding headers to believe (lib/http/client-address.ts).
const trustNobody = trustsNobody(process.env.TRUSTED_PROXIES);

// Public pages for anonymous visitors, kept for a few seconds (scripts/page-cache.mjs). The app empties the cache
// when the data changes and tells it whether it hears about changes at all (lib/cache/change-feed.ts).
const pageCache = createPageCache({ ttlMs: pageCacheTtlMs(process.env.PAGE_CACHE_SECONDS) });
globalThis[PAGE_CACHE_KEY] = pageCache;

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  stampRequest(req, { peerHeader, trustNobody });
  pageCache.handle(req, res, (request, response) => void handle(request, response));
});
server.listen(port, hostname);

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    // Open keep-alive connections would hold close() up; a stop is a stop.
    setTimeout(() => process.exit(0), 2000).unref();
  });
}

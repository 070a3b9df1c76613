#!/usr/bin/env node
// The portal's HTTP server: Next's request handler behind Node's own server, so the socket address of each
// request is known. Next hands neither the socket nor its address to pages and route handlers, and the
// X-Forwarded-For it fills in is whatever the client sent, if it sent one. Started by scripts/start.mjs.
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import next from "next";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "0.0.0.0";

// A name nobody outside this process knows, so no client can send the header itself; the app finds it on
// globalThis (lib/http/peer-address.ts). Set before Next loads, which runs the app in this same process.
const peerHeader = `x-peer-${randomBytes(16).toString("hex")}`;
globalThis[Symbol.for("inkoopdialoog.peer-address-header")] = peerHeader;

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

// Without trusted proxies nobody may speak for the client: the forwarding headers go before Next, Auth.js or
// the app can read them (Next would otherwise compare a forged X-Forwarded-Host with the Origin of a form).
// With TRUSTED_PROXIES the app decides per hop which of them to believe (lib/http/client-address.ts).
const trustNobody = ["", "0"].includes((process.env.TRUSTED_PROXIES ?? "").trim());
const FORWARDING = ["forwarded", "x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"];

const server = createServer((req, res) => {
  if (trustNobody) for (const name of [...FORWARDING, "x-real-ip"]) delete req.headers[name];
  req.headers[peerHeader] = req.socket.remoteAddress ?? "";
  void handle(req, res);
});
server.listen(port, hostname);

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    // Open keep-alive connections would hold close() up; a stop is a stop.
    setTimeout(() => process.exit(0), 2000).unref();
  });
}

// What the portal's HTTP server does to each request before Next sees it (used by scripts/server.mjs).
import { randomBytes } from "node:crypto";

/** Headers by which a proxy speaks for the client. */
export const FORWARDING_HEADERS = [
  "forwarded",
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "x-real-ip",
];

/** A header name nobody outside this process can know. */
export const randomPeerHeaderName = () => `x-peer-${randomBytes(16).toString("hex")}`;

/** Whether the setting trusts no proxy at all (the default), read the same way as lib/http/trusted-proxies.ts. */
export const trustsNobody = (setting) => ["", "0"].includes((setting ?? "").trim());

/**
 * Records the socket address under `peerHeader`, replacing anything a client sent under that name, and
 * without trusted proxies removes the forwarding headers: nobody may speak for the client then, and Next
 * and Auth.js would otherwise read X-Forwarded-Host themselves.
 */
export function stampRequest(req, { peerHeader, trustNobody }) {
  if (trustNobody) for (const name of FORWARDING_HEADERS) delete req.headers[name];
  req.headers[peerHeader] = req.socket.remoteAddress ?? "";
}

/**
 * The socket address of a request travels from the start script's HTTP server to the app in a header whose
 * name is drawn at random when the process starts and kept on `globalThis` (see scripts/server.mjs).
 * Next does not expose the socket to route handlers or pages, and a fixed name could be sent by a client
 * wherever the app runs without that server; an unknown name cannot be.
 */
export const PEER_HEADER_KEY = Symbol.for("inkoopdialoog.peer-address-header");

export function peerHeaderName(): string | null {
  const name = (globalThis as Record<symbol, unknown>)[PEER_HEADER_KEY];
  return typeof name === "string" && name !== "" ? name : null;
}

/** The address of the party that opened the connection, or null when the app runs without the start script. */
export function peerAddress(headers: Headers): string | null {
  const name = peerHeaderName();
  return name ? headers.get(name) : null;
}

import { peerAddress } from "./peer-address";
import {
  isTrustedHop,
  parseAddress,
  parseTrustedProxies,
  resolveClientAddress,
  type TrustedProxies,
} from "./trusted-proxies";

let cached: { setting: string | undefined; trust: TrustedProxies } | null = null;

/** `TRUSTED_PROXIES` of this process, read once (and again only if it changes, as tests do). */
export function trustedProxies(env: Record<string, string | undefined> = process.env): TrustedProxies {
  const setting = env.TRUSTED_PROXIES;
  if (cached && cached.setting === setting) return cached.trust;
  const trust = parseTrustedProxies(setting);
  cached = { setting, trust };
  return trust;
}

export const UNKNOWN_ADDRESS = "onbekend";

/**
 * The one answer to "where does this request come from", for the audit log and every per-address rule.
 * Without `TRUSTED_PROXIES` it is the socket peer and `X-Forwarded-For` is ignored.
 */
export function clientAddress(headers: Headers): string {
  return (
    resolveClientAddress(peerAddress(headers), headers.get("x-forwarded-for"), trustedProxies()) ?? UNKNOWN_ADDRESS
  );
}

/**
 * The host the visitor used: `X-Forwarded-Host` when the socket peer is a trusted proxy, else `Host`.
 * Only for comparing origins; links are never built from it (see site-url.ts).
 */
export function requestHost(headers: Headers): string | null {
  const host = headers.get("host");
  const forwarded = headers.get("x-forwarded-host")?.split(",").pop()?.trim();
  const peer = parseAddress(peerAddress(headers) ?? "");
  if (!forwarded || !peer || !isTrustedHop(trustedProxies(), peer, 0)) return host;
  return forwarded;
}

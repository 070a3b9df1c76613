import { clientAddress, requestHost } from "./client-address";
import { configuredSiteUrl } from "./site-url";

export { clientAddress } from "./client-address";

/** The origin recorded in audit entries: client address and a short user agent. */
export function auditOrigin(headers: Headers): string {
  const agent = (headers.get("user-agent") ?? "").slice(0, 120);
  return `web:${clientAddress(headers)}${agent ? ` (${agent})` : ""}`;
}

/**
 * State-changing route handlers accept only requests whose Origin is this site: the configured site
 * address, or the host the request was sent to (as a trusted proxy reports it).
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  try {
    const url = new URL(origin);
    const site = configuredSiteUrl();
    if (site && new URL(site).origin === url.origin) return true;
    return url.host === requestHost(request.headers);
  } catch {
    return false;
  }
}

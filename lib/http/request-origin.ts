/** Client address as told by the proxy in front of the app, or "onbekend" when run directly. */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "onbekend";
}

/** The origin recorded in audit entries: client address and a short user agent. */
export function auditOrigin(headers: Headers): string {
  const agent = (headers.get("user-agent") ?? "").slice(0, 120);
  return `web:${clientAddress(headers)}${agent ? ` (${agent})` : ""}`;
}

/** State-changing route handlers accept only requests whose Origin is this site. */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Base URL for links in e-mails: the configured public URL, else the address the request came in on. */
export function siteUrl(headers: Headers): string {
  if (process.env.AUTH_URL) return process.env.AUTH_URL.replace(/\/$/, "");
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? "localhost:3000";
  const proto =
    headers.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}

import { NextResponse, type NextRequest } from "next/server";
import { isSameOrigin } from "@/lib/http/request-origin";
import { contentSecurityPolicy } from "@/lib/http/security-headers";
import { REQUEST_ID_HEADER, requestIdFor } from "@/lib/log/request-id";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses cross-site writes, sets a per-request CSP nonce, which Next applies to its own scripts, and
 * gives the request the id its log lines carry (also returned in `X-Request-Id`).
 */
export function proxy(request: NextRequest) {
  const requestId = requestIdFor(request.headers.get(REQUEST_ID_HEADER));
  // Every state-changing request must come from this site's own pages.
  if (!SAFE_METHODS.has(request.method) && !isSameOrigin(request)) {
    return new NextResponse("Verzoek geweigerd: onbekende herkomst.", {
      status: 403,
      headers: { "Content-Type": "text/plain; charset=utf-8", [REQUEST_ID_HEADER]: requestId },
    });
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, {
    dev: process.env.NODE_ENV === "development",
    https: request.nextUrl.protocol === "https:",
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};

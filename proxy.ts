import { NextResponse, type NextRequest } from "next/server";
import { clientAddress, isSameOrigin } from "@/lib/http/request-origin";
import { contentSecurityPolicy } from "@/lib/http/security-headers";
import { REQUEST_ID_HEADER, requestIdFor } from "@/lib/log/request-id";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses cross-site writes and floods of posts from one address, sets a per-request CSP nonce, which
 * Next applies to its own scripts, and gives the request the id its log lines carry (`X-Request-Id`).
 */
export async function proxy(request: NextRequest) {
  const requestId = requestIdFor(request.headers.get(REQUEST_ID_HEADER));
  // Every state-changing request must come from this site's own pages.
  if (!SAFE_METHODS.has(request.method) && !isSameOrigin(request)) {
    return new NextResponse("Verzoek geweigerd: onbekende herkomst.", {
      status: 403,
      headers: { "Content-Type": "text/plain; charset=utf-8", [REQUEST_ID_HEADER]: requestId },
    });
  }
  if (!SAFE_METHODS.has(request.method) && !(await postAllowed(request))) {
    return new NextResponse("Te veel verzoeken vanaf dit adres. Wacht een minuut en probeer het opnieuw.", {
      status: 429,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": "60", [REQUEST_ID_HEADER]: requestId },
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

async function postAllowed(request: NextRequest): Promise<boolean> {
  // Loaded on the first post only, so pages that only read never open the database here.
  const [{ getDb }, { postLimitPerMinute, withinPostCeiling }] = await Promise.all([
    import("@/db/client"),
    import("@/lib/auth/post-ceiling"),
  ]);
  const address = clientAddress(request.headers);
  const allowed = await withinPostCeiling(await getDb(), address, postLimitPerMinute());
  // Worth an operator's attention: either a flood, or a ceiling too low for a shared address.
  if (!allowed) console.warn(`post ceiling reached for ${address}`);
  return allowed;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};

import "server-only";
import { headers } from "next/headers";
import type { Logger } from "pino";
import { log } from "./index";
import { REQUEST_ID_HEADER } from "./request-id";

/**
 * The log for the current request: every line carries the request id `proxy.ts` gave the request
 * (and returned to the client in `X-Request-Id`) and, when known, the signed-in user's id.
 */
export async function requestLog(userId?: string | null): Promise<Logger> {
  let requestId: string | undefined;
  try {
    requestId = (await headers()).get(REQUEST_ID_HEADER) ?? undefined;
  } catch {
    // Outside a request (start-up, background work) there are no headers: the plain log it is.
  }
  return log.child({ ...(requestId ? { requestId } : {}), ...(userId ? { userId } : {}) });
}

import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { getDb } from "@/db/client";
import { clientAddress } from "@/lib/http/client-address";
import type { Actor } from "./actor";
import { visitForSession, type SessionVisit } from "./sessions";
import { authSecret, sessionIdFromCookieHeader } from "./session-token";

/** The session id of this request, once per request. */
export const getCurrentSessionId = cache(async (): Promise<string | null> =>
  sessionIdFromCookieHeader((await headers()).get("cookie"), authSecret()),
);

/**
 * The signed-in actor for this request and their unread notifications (null when anonymous), verified
 * against the database once per request.
 */
export const getCurrentVisit = cache(async (): Promise<SessionVisit | null> => {
  const sid = await getCurrentSessionId();
  if (!sid) return null;
  const requestHeaders = await headers();
  const sighting = {
    address: clientAddress(requestHeaders),
    userAgent: (requestHeaders.get("user-agent") ?? "").slice(0, 200),
  };
  return visitForSession(await getDb(), sid, new Date(), sighting);
});

/** The signed-in actor for this request (null when anonymous). */
export const getCurrentActor = cache(async (): Promise<Actor | null> => (await getCurrentVisit())?.actor ?? null);

import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { getDb } from "@/db/client";
import type { Actor } from "./actor";
import { auth } from "./auth";
import { hasSessionCookie } from "./session-cookie";
import { actorForSession } from "./sessions";

/**
 * The session id of this request, once per request. Anonymous visitors, most of the public portal's
 * traffic, carry no session cookie: Auth.js would answer null for them too, but only after running
 * its whole session handler, which costs a fifth of a simple page.
 */
export const getCurrentSessionId = cache(async (): Promise<string | null> => {
  if (!hasSessionCookie((await cookies()).getAll().map((c) => c.name))) return null;
  return (await auth())?.sid ?? null;
});

/** The signed-in actor for this request (null when anonymous), verified against the database once per request. */
export const getCurrentActor = cache(async (): Promise<Actor | null> => {
  const sid = await getCurrentSessionId();
  if (!sid) return null;
  return actorForSession(await getDb(), sid);
});

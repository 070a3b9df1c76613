import "server-only";
import { cache } from "react";
import { getDb } from "@/db/client";
import type { Actor } from "./actor";
import { auth } from "./auth";
import { actorForSession } from "./sessions";

/** The signed-in actor for this request (null when anonymous), verified against the database once per request. */
export const getCurrentActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  if (!session?.sid) return null;
  return actorForSession(await getDb(), session.sid);
});

export const getCurrentSessionId = cache(async (): Promise<string | null> => (await auth())?.sid ?? null);

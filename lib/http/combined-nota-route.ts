import "server-only";
import { z } from "zod";
import { getDb } from "@/db/client";
import type { Executor } from "@/db/connection";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { NotFoundError } from "@/lib/errors";
import { loadCombinedNotaFor } from "@/lib/questions/nota";
import { notFoundResponse } from "./responses";

type Params = { params: Promise<{ id: string }> };
type Loaded = Awaited<ReturnType<typeof loadCombinedNotaFor>>;

/** Route handlers for the combined nota van inlichtingen: the same check as its page, 404 otherwise. */
export function combinedNotaRoute(respond: (db: Executor, loaded: Loaded) => Promise<Response> | Response) {
  return async (_request: Request, { params }: Params): Promise<Response> => {
    const id = z.uuid().safeParse((await params).id);
    if (!id.success) return notFoundResponse();
    try {
      const db = await getDb();
      const loaded = await loadCombinedNotaFor(db, await getCurrentActor(), id.data);
      if (loaded.rounds.length === 0) return notFoundResponse();
      return await respond(db, loaded);
    } catch (error) {
      if (error instanceof NotFoundError) return notFoundResponse();
      throw error;
    }
  };
}

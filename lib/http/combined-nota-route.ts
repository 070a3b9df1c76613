import "server-only";
import { z } from "zod";
import { getDb } from "@/db/client";
import type { Executor } from "@/db/connection";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { NotFoundError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { loadCombinedNotaFor } from "@/lib/questions/nota";
import { notFoundResponse } from "./responses";

type Params = { params: Promise<{ id: string }> };
type Loader<L> = (db: Executor, actor: Actor | null, id: string) => Promise<L>;

/**
 * Route handlers for the combined nota van inlichtingen: the same check as its page, 404 otherwise. The
 * loader is a consultation's (the default) or a trajectory's as a whole.
 */
export function combinedNotaRoute<
  L extends { rounds: readonly unknown[] } = Awaited<ReturnType<typeof loadCombinedNotaFor>>,
>(
  respond: (db: Executor, loaded: L) => Promise<Response> | Response,
  load: Loader<L> = loadCombinedNotaFor as unknown as Loader<L>,
) {
  return async (_request: Request, { params }: Params): Promise<Response> => {
    const id = z.uuid().safeParse((await params).id);
    if (!id.success) return notFoundResponse();
    try {
      const db = await getDb();
      const loaded = await load(db, await getCurrentActor(), id.data);
      if (loaded.rounds.length === 0) return notFoundResponse();
      return await respond(db, loaded);
    } catch (error) {
      if (error instanceof NotFoundError) return notFoundResponse();
      throw error;
    }
  };
}

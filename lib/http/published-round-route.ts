import "server-only";
import { z } from "zod";
import { getDb } from "@/db/client";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { NotFoundError } from "@/lib/errors";
import type { Executor } from "@/db/connection";
import type { Actor } from "@/lib/auth/actor";
import { loadRoundVersionFor } from "@/lib/questions/reads";
import { notFoundResponse } from "./responses";

type Params = { params: Promise<{ id: string; nummer: string; versie: string }> };
type Loader<L> = (db: Executor, actor: Actor | null, id: string, round: number, version: number) => Promise<L>;

/**
 * Route handlers for a published round version (PDF, JSON): the same check as the page, 404 otherwise.
 * The loader is a consultation's (the default) or a trajectory's as a whole.
 */
export function publishedRoundRoute<L = Awaited<ReturnType<typeof loadRoundVersionFor>>>(
  respond: (loaded: L) => Response,
  load: Loader<L> = loadRoundVersionFor as unknown as Loader<L>,
) {
  return async (_request: Request, { params }: Params): Promise<Response> => {
    const raw = await params;
    const id = z.uuid().safeParse(raw.id);
    const number = z.coerce.number().int().min(1).max(10_000).safeParse(raw.nummer);
    const version = z.coerce.number().int().min(1).max(10_000).safeParse(raw.versie);
    if (!id.success || !number.success || !version.success) return notFoundResponse();
    try {
      const db = await getDb();
      return respond(await load(db, await getCurrentActor(), id.data, number.data, version.data));
    } catch (error) {
      if (error instanceof NotFoundError) return notFoundResponse();
      throw error;
    }
  };
}

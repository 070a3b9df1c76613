import "server-only";
import { z } from "zod";
import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { NotFoundError } from "@/lib/errors";
import { loadPublishedMinutesFor } from "@/lib/minutes/reads";
import { auditOrigin } from "./request-origin";
import { notFoundResponse } from "@/lib/http/responses";

type Params = { params: Promise<{ id: string; versie: string }> };
type Loaded = Awaited<ReturnType<typeof loadPublishedMinutesFor>>;

/** Route handlers for a published version (PDF, JSON): the same check as the page, 404 otherwise. */
export function publishedMinutesRoute(respond: (loaded: Loaded) => Response) {
  return async (_request: Request, { params }: Params): Promise<Response> => {
    const raw = await params;
    const id = z.uuid().safeParse(raw.id);
    const version = z.coerce.number().int().min(1).max(10_000).safeParse(raw.versie);
    if (!id.success || !version.success) return notFoundResponse();
    try {
      const db = await getDb();
      return respond(
        await loadPublishedMinutesFor(db, await getCurrentActor(), id.data, version.data, auditOrigin(await headers())),
      );
    } catch (error) {
      if (error instanceof NotFoundError) return notFoundResponse();
      throw error;
    }
  };
}

import type { Executor } from "@/db/connection";
import { hasSearchableWords, searchHits, type SearchHitRow } from "@/db/queries/search";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/policy";
import { parseLocalDateTime } from "@/lib/time/amsterdam";
import { encodeCursor } from "./cursor";
import { KINDS_WITH_STATUS, type SearchKind, type SearchStatus } from "./kinds";
import { dayAfter, type SearchRequest } from "./query";
import { searchableKinds, searchRowScopeFor } from "./scope";
import { splitSnippet, type SnippetPart } from "./snippet";

export const PAGE_SIZE = 20;

const STATES: Record<SearchStatus, string[]> = {
  announced: ["published"],
  open: ["open"],
  closed: ["closed", "feedback_published"],
};

export type SearchHit = Omit<SearchHitRow, "snippet"> & { href: string; snippet: SnippetPart[] };

export type SearchPage = {
  hits: SearchHit[];
  total: number;
  page: number;
  pages: number;
  /** Cursor of the next page, when there is one. */
  next: string | null;
  /** The question consists of stop words only ("de", "het"): nothing can match. */
  onlyStopWords: boolean;
  /** A page number beyond the last page. */
  pastTheEnd: boolean;
};

function hrefFor(actor: Actor | null, hit: SearchHitRow): string {
  const staff = can(actor, "officer_workspace.enter");
  switch (hit.kind) {
    case "trajectory":
      return staff ? `/beheer/trajecten/${hit.id}` : `/trajecten/${hit.id}`;
    case "consultation":
      return staff ? `/beheer/consultaties/${hit.id}` : `/consultaties/${hit.id}`;
    case "feedback":
      return `/consultaties/${hit.id}`;
    case "minutes":
      return `/bijeenkomsten/${hit.ref}/verslag/${hit.version}`;
    case "document":
      return `/documenten/${hit.id}`;
    case "provider":
      return `/beheer/overlegtafels/aanbieders/${hit.id}`;
    case "contract":
      return staff ? `/beheer/contracten/${hit.id}` : `/mijn-contracten/${hit.id}`;
    case "table":
      return staff ? `/beheer/overlegtafels/${hit.id}` : `/overlegtafels/${hit.id}`;
  }
}

/** Which kinds a request searches: the one asked for, narrowed by filters only some kinds carry. */
function kindsFor(actor: Actor | null, request: SearchRequest): SearchKind[] {
  let kinds = request.kind ? [request.kind] : searchableKinds(actor);
  if (request.status) kinds = kinds.filter((k) => KINDS_WITH_STATUS.includes(k));
  // Providers belong to no trajectory and have no date.
  if (request.trajectoryId || request.from || request.to) kinds = kinds.filter((k) => k !== "provider");
  return kinds;
}

/**
 * Searches everything this actor may open, best match first, one page at a time. The request comes
 * from `parseSearch`, so it is already valid.
 */
export async function searchFor(
  db: Executor,
  actor: Actor | null,
  request: SearchRequest,
  now = new Date(),
): Promise<SearchPage> {
  const allowed = searchableKinds(actor);
  const empty = { hits: [], total: 0, page: request.page, pages: 0, next: null };
  if (request.kind && !allowed.includes(request.kind)) return { ...empty, onlyStopWords: false, pastTheEnd: false };
  const scope = await searchRowScopeFor(db, actor);
  const filter = {
    q: request.q,
    kinds: kindsFor(actor, request),
    trajectoryId: request.trajectoryId,
    from: request.from ? parseLocalDateTime(`${request.from}T00:00`) : null,
    until: request.to ? parseLocalDateTime(`${dayAfter(request.to)}T00:00`) : null,
    states: request.status ? STATES[request.status] : null,
    now,
  };
  const offset = request.cursor ? 0 : (request.page - 1) * PAGE_SIZE;
  const { rows, total } = await searchHits(db, scope, filter, { limit: PAGE_SIZE + 1, after: request.cursor, offset });
  // A question of stop words only ("de", "het") matches nothing: asked only then, it costs no round trip
  // for the searches that find something.
  if (rows.length === 0 && !(await hasSearchableWords(db, request.q)))
    return { ...empty, onlyStopWords: true, pastTheEnd: false };
  const pages = Math.ceil(total / PAGE_SIZE);
  const shown = rows.slice(0, PAGE_SIZE);
  const last = shown.at(-1);
  return {
    hits: shown.map((row) => ({ ...row, href: hrefFor(actor, row), snippet: splitSnippet(row.snippet) })),
    total,
    page: request.page,
    pages,
    next: rows.length > PAGE_SIZE && last ? encodeCursor(last) : null,
    onlyStopWords: false,
    pastTheEnd: shown.length === 0 && total > 0,
  };
}

import { encodeCursor } from "./cursor";
import type { PageRequest } from "./request";

/** One page of a list, with what the page navigation needs. */
export type Page<T> = {
  items: T[];
  page: number;
  pages: number;
  total: number;
  /** Cursors of the neighbouring pages, when there are any. */
  next: string | null;
  previous: string | null;
  /** The page asked for lies beyond the last one (a page number past the end, or a stale cursor). */
  pastTheEnd: boolean;
};

/**
 * Turns the rows a keyset query returned (at most `size + 1`, in query order: reversed when paging
 * backwards) into a page. `keyOf` gives a row's sort key as text, as the cursor carries it.
 */
export function toPage<T>(
  rows: readonly T[],
  total: number,
  request: PageRequest,
  size: number,
  keyOf: (row: T) => string[],
): Page<T> {
  const more = rows.length > size;
  const shown = rows.slice(0, size);
  const items = request.before ? shown.reverse() : shown;
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, request.page), request.after || request.before ? pages : request.page);
  const firstItem = items[0];
  const lastItem = items.at(-1);
  const hasNext = request.before ? items.length > 0 : more;
  const hasPrevious = request.before ? more : page > 1;
  return {
    items,
    page,
    pages,
    total,
    next: hasNext && lastItem !== undefined ? encodeCursor(keyOf(lastItem)) : null,
    previous: hasPrevious && firstItem !== undefined ? encodeCursor(keyOf(firstItem)) : null,
    pastTheEnd: items.length === 0 && (request.page > 1 || !!request.after || !!request.before),
  };
}

/** Rows to skip: a page asked for by number counts from the start; a cursor page starts at the cursor. */
export const offsetFor = (request: PageRequest, size: number) =>
  request.after || request.before ? 0 : (request.page - 1) * size;

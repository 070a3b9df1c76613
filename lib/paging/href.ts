import type { Page } from "./page";
import { pagingNames, type RawParams } from "./request";

/**
 * The same address with other paging parameters: every other parameter (the filters) stays as it was.
 * `keep` names the parameters that belong to this list; others in the address are dropped.
 */
export function pageHref(
  path: string,
  params: RawParams,
  keep: readonly string[],
  paging: { page?: number; after?: string | null; before?: string | null },
  prefix = "",
): string {
  const names = pagingNames(prefix);
  const own = new Set(Object.values(names));
  const query = new URLSearchParams();
  for (const key of keep) {
    if (own.has(key)) continue;
    const value = params[key];
    const one = Array.isArray(value) ? value[0] : value;
    if (one) query.set(key, one);
  }
  if (paging.page && paging.page > 1) query.set(names.page, String(paging.page));
  if (paging.after) query.set(names.after, paging.after);
  if (paging.before) query.set(names.before, paging.before);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export type PageLinks = { first: string; previous: string | null; next: string | null; last: string | null };

/** The navigation links of a page: neighbours by cursor, first and last by number. */
export function pageLinks(
  path: string,
  params: RawParams,
  keep: readonly string[],
  page: Page<unknown>,
  prefix = "",
): PageLinks {
  const href = (paging: Parameters<typeof pageHref>[3]) => pageHref(path, params, keep, paging, prefix);
  return {
    first: href({}),
    previous: page.previous ? href({ page: page.page - 1, before: page.previous }) : null,
    next: page.next ? href({ page: page.page + 1, after: page.next }) : null,
    last: page.pages > 1 && page.page < page.pages ? href({ page: page.pages }) : null,
  };
}

import { sql } from "drizzle-orm";
import { expect } from "vitest";
import type { Executor } from "@/db/connection";
import { decodeCursor, type KeyKind } from "@/lib/paging/cursor";
import type { Page } from "@/lib/paging/page";
import { FIRST_PAGE, type PageRequest } from "@/lib/paging/request";

type Fetch<T> = (request: PageRequest) => Promise<Page<T>>;

/**
 * Walks a list from the first page to the last by its next cursors and back from the last page (by
 * number) by its previous cursors, and checks both walks see every row exactly once in the same order.
 * Returns the ids in list order.
 */
export async function walkAllPages<T>(fetch: Fetch<T>, kinds: KeyKind[], idOf: (row: T) => string) {
  const forward: string[] = [];
  let request: PageRequest = FIRST_PAGE;
  let last: Page<T> | undefined;
  for (let guard = 0; guard < 1_000; guard++) {
    const page = await fetch(request);
    expect(page.pastTheEnd).toBe(false);
    forward.push(...page.items.map(idOf));
    last = page;
    if (!page.next) break;
    request = { page: page.page + 1, after: decodeCursor(page.next, kinds), before: null };
  }
  expect(new Set(forward).size).toBe(forward.length);
  expect(forward).toHaveLength(last!.total);

  const backward: string[] = [];
  let page = await fetch({ page: last!.pages, after: null, before: null });
  for (let guard = 0; guard < 1_000; guard++) {
    backward.unshift(...page.items.map(idOf));
    if (!page.previous) break;
    page = await fetch({ page: page.page - 1, after: null, before: decodeCursor(page.previous, kinds) });
  }
  expect(page.page).toBe(1);
  expect(backward).toEqual(forward);

  const past = await fetch({ page: last!.pages + 1, after: null, before: null });
  expect(past).toMatchObject({ pastTheEnd: true, items: [] });
  return forward;
}

/**
 * Gives the rows of `table` that match `where` timestamps with ties (every value four times) and one
 * microsecond between values: finer than a JavaScript date, so a cursor that dropped precision would fail.
 */
export async function tieTimestamps(
  db: Executor,
  table: string,
  column: string,
  where = "true",
  base = "timestamptz '2026-06-01 12:00:00+00'",
) {
  await db.execute(
    sql.raw(`update ${table} t set ${column} = ${base} + ((r.n / 4) * interval '1 microsecond')
      from (select id, row_number() over (order by random()) as n from ${table} where ${where}) r where t.id = r.id`),
  );
}

import { and, asc, desc, or, sql, type AnyColumn, type SQL, type SQLWrapper } from "drizzle-orm";
import type { KeyKind } from "./cursor";
import { offsetFor, toPage, type Page } from "./page";
import type { PageRequest } from "./request";

/**
 * One column of a list's sort order. The keys together must be unique (end with the id) and not null,
 * so the order is stable and a cursor names exactly one position.
 */
export type SortKey = {
  column: AnyColumn | SQL;
  kind: KeyKind;
  direction: "asc" | "desc";
  /** The database type to read the cursor's text back as, when it is not the kind's own (an enum). */
  cast?: string;
};

const CAST: Record<KeyKind, SQL> = {
  timestamp: sql.raw("timestamptz"),
  uuid: sql.raw("uuid"),
  text: sql.raw("text"),
  int: sql.raw("bigint"),
};

/** Select these next to a list's columns: the sort key as exact text (microseconds of a timestamp too). */
export function keyColumns(keys: readonly SortKey[]): Record<string, SQL<string>> {
  return Object.fromEntries(keys.map((k, i) => [`pagingKey${i}`, sql<string>`(${k.column})::text`]));
}

export const keyOf = (row: Record<string, unknown>, count: number): string[] =>
  Array.from({ length: count }, (_, i) => String(row[`pagingKey${i}`]));

/** Query order: the list's order, reversed when paging backwards from a cursor. */
export function keysetOrder(keys: readonly SortKey[], request: PageRequest): SQL[] {
  return keys.map((k) => {
    const forward = k.direction === "asc";
    return (request.before ? !forward : forward) ? asc(k.column) : desc(k.column);
  });
}

/** Rows strictly after (or before) the cursor in the list's order; undefined for a page by number. */
export function keysetWhere(keys: readonly SortKey[], request: PageRequest): SQL | undefined {
  const cursor = request.after ?? request.before;
  if (!cursor) return undefined;
  const value = (i: number) => {
    const key = keys[i]!;
    return sql`cast(${cursor[i]} as ${key.cast ? sql.identifier(key.cast) : CAST[key.kind]})`;
  };
  return or(
    ...keys.map((k, i) => {
      const later = (k.direction === "asc") !== !!request.before;
      const beyond = later ? sql`${k.column} > ${value(i)}` : sql`${k.column} < ${value(i)}`;
      return and(...keys.slice(0, i).map((p, j) => sql`${p.column} = ${value(j)}`), beyond);
    }),
  );
}

/** Limit and offset of the query: one row more than a page, to know whether another page follows. */
export const keysetWindow = (request: PageRequest, size: number) => ({
  limit: size + 1,
  offset: offsetFor(request, size),
});

/**
 * Selected next to a list's columns, the count comes along in the page's own statement: an uncorrelated
 * subquery, which PostgreSQL computes once per statement. The page then costs one round trip instead of two,
 * and on a busy server a round trip costs more than the count itself (docs/PERFORMANCE.md).
 */
const totalColumn = (count: SQLWrapper): { pagingTotal: SQL<number> } => ({
  pagingTotal: sql<number>`(${count})`.mapWith(Number),
});

/** A list's count as a query: `db.select({ n: count() }).from(…).where(…)`. */
type CountQuery = SQLWrapper & PromiseLike<{ n: number | string }[]>;

type PageQueries<T> = {
  /** The page's rows; each selects `keyColumns(keys)` and `...window.total` next to its own columns. */
  rows: (window: {
    where: SQL | undefined;
    orderBy: SQL[];
    limit: number;
    offset: number;
    total: { pagingTotal: SQL<number> };
  }) => Promise<T[]>;
  /** How many rows the list has in all: a subquery of the page, and run on its own only for a page past the end. */
  count: () => CountQuery;
};

/**
 * Runs a list's page query, with its count inside, and makes the page. `rows` gets the cursor condition,
 * order and window to apply, and the count's column.
 */
export async function keysetPage<T extends Record<string, unknown> & { pagingTotal: number }>(
  keys: readonly SortKey[],
  request: PageRequest,
  size: number,
  queries: PageQueries<T>,
): Promise<Page<T>> {
  const rows = await queries.rows({
    where: keysetWhere(keys, request),
    orderBy: keysetOrder(keys, request),
    ...keysetWindow(request, size),
    total: totalColumn(queries.count()),
  });
  const total = rows[0] ? rows[0].pagingTotal : countOf(await queries.count());
  return toPage(rows, total, request, size, (row) => keyOf(row, keys.length));
}

/** The number from a `select({ n: count() })`; drivers differ in whether a count comes back as a string. */
export const countOf = (rows: { n: number | string }[]) => Number(rows[0]?.n ?? 0);

export const kindsOf = (keys: readonly SortKey[]): KeyKind[] => keys.map((k) => k.kind);

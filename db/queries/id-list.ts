import { sql, type AnyColumn, type SQL } from "drizzle-orm";

/**
 * `column = any($1::uuid[])`: a list of ids as one array parameter. drizzle's `inArray` writes a parameter per
 * value: building a query with a page's fifty ids took 220 µs instead of 35 (most of a page's query building),
 * and every length of list was another statement for the database to prepare and plan. An empty list
 * matches nothing, as `inArray` does.
 */
export function inIdList(column: AnyColumn, ids: readonly string[]): SQL {
  return sql`${column} = any(${sql.param(ids)}::uuid[])`;
}

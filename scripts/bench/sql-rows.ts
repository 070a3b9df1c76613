/** postgres.js returns the rows of `execute`, PGlite an object holding them. */
export function rowsOf<T>(result: unknown): T[] {
  const rows = result as T[] | { rows: T[] };
  return Array.isArray(rows) ? rows : rows.rows;
}

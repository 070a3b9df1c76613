/**
 * A statement that drizzle builds once per database handle, then runs with its placeholders filled in
 * (`sql.placeholder`). drizzle otherwise assembles a query's SQL from its parts on every call: for the
 * session statement every signed-in page runs, that was most of its cost in the portal's process, 170 µs
 * of CPU a call against 64 µs prepared (docs/PERFORMANCE.md). For statements of a fixed shape only; one
 * whose conditions vary with the request is built as usual.
 */
const statements = new WeakMap<object, Map<string, unknown>>();

export function preparedOnce<T>(db: object, name: string, prepare: (name: string) => T): T {
  let byName = statements.get(db);
  if (!byName) statements.set(db, (byName = new Map<string, unknown>()));
  if (!byName.has(name)) byName.set(name, prepare(name));
  return byName.get(name) as T;
}

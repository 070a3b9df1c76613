/**
 * A statement that drizzle builds once per database handle, then runs with its placeholders filled in
 * (`sql.placeholder`). drizzle otherwise assembles a query's SQL from its parts on every call: for the
 * session statement every signed-in page runs, that was most of its cost in the portal's process, 170 µs
 * of CPU a call against 64 µs prepared (docs/PERFORMANCE.md). For statements of a fixed shape only; one
 * whose conditions vary with the request is built as usual.
 *
 * Each statement keeps its own handles, so two statements can never take each other's place, whatever
 * their names.
 */
export function preparedStatement<D extends object, T>(name: string, prepare: (db: D, name: string) => T) {
  const built = new WeakMap<D, T>();
  return (db: D): T => {
    let statement = built.get(db);
    if (statement === undefined) built.set(db, (statement = prepare(db, name)));
    return statement;
  };
}

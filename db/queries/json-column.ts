import { sql, type SQL } from "drizzle-orm";

const parsed = (value: unknown): unknown => (typeof value === "string" ? (JSON.parse(value) as unknown) : value);

/**
 * A list of child rows folded into the parent's row (`json_agg(…)`), parsed, and empty rather than null.
 * Both drivers hand json over as text (db/connection.ts), so it is parsed once here. A page that reads its
 * children this way is one round trip instead of one per child table, and on a busy server every round trip
 * costs more than the rows it carries.
 */
export function jsonList<T>(aggregate: SQL): SQL<T[]> {
  return sql`coalesce(${aggregate}, '[]'::json)`.mapWith((value: unknown) => parsed(value) as T[]);
}

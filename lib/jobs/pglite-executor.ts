import type { PGlite } from "@electric-sql/pglite";

/** The part of pg-boss's `db` option it calls: run SQL text with positional values, return `{ rows }`. */
export type SqlExecutor = { executeSql: (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }> };

// The app's PGlite returns json as text (db/connection.ts); the job library expects parsed objects.
const JSON_PARSERS = { 114: (v: string) => JSON.parse(v) as unknown, 3802: (v: string) => JSON.parse(v) as unknown };
const WRAPPED_IN_TRANSACTION = /^\s*BEGIN;([\s\S]*?)COMMIT;\s*$/i;

/**
 * pg-boss on the embedded database: it shares the app's single PGlite instance. Its scripts of the
 * form `BEGIN; …; COMMIT;` run through PGlite's own transaction, which holds the instance for the
 * whole script and rolls back on an error, so a failed script can never leave the one connection
 * the app also uses inside an aborted transaction.
 */
export function pgliteExecutor(client: PGlite): SqlExecutor {
  return {
    async executeSql(text, values) {
      if (values && values.length > 0) return client.query(text, values, { parsers: JSON_PARSERS });
      const wrapped = WRAPPED_IN_TRANSACTION.exec(text);
      const results = wrapped
        ? await client.transaction((tx) => tx.exec(wrapped[1]!, { parsers: JSON_PARSERS }))
        : await client.exec(text, { parsers: JSON_PARSERS });
      return { rows: results.flatMap((r) => r.rows) };
    },
  };
}

import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

/**
 * The extensions the migrations create, for every embedded database: pg_trgm for the audit trail's "who"
 * index (migration 0041). PostgreSQL ships the same extension.
 */
export const PGLITE_EXTENSIONS = { pg_trgm };

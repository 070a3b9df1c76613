import { sql } from "drizzle-orm";
import { migrateDatabase, type Database } from "@/db/connection";

/**
 * Drops every table and re-applies the migrations. The audit trail refuses DELETE, UPDATE and
 * TRUNCATE by design, so the only way to a clean demo is to drop the schema itself.
 */
export async function resetDatabase(db: Database): Promise<void> {
  await db.execute(sql`DROP SCHEMA IF EXISTS drizzle CASCADE`);
  await db.execute(sql`DROP SCHEMA public CASCADE`);
  await db.execute(sql`CREATE SCHEMA public`);
  // A schema created anew lacks the grant the original public schema had, so other roles could not use it;
  // only USAGE, as PostgreSQL 15 gives: creating tables is for the owner (db/roles.ts).
  await db.execute(sql`GRANT USAGE ON SCHEMA public TO public`);
  await migrateDatabase(db);
}

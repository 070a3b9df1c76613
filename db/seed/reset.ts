import { sql } from "drizzle-orm";
import { migrateDatabase, type Database } from "@/db/connection";

/**
 * Drops every table and re-applies the migrations. The audit trail refuses deletes by design,
 * so a clean demo is only possible by dropping the schema itself.
 */
export async function resetDatabase(db: Database): Promise<void> {
  await db.execute(sql`DROP SCHEMA IF EXISTS drizzle CASCADE`);
  await db.execute(sql`DROP SCHEMA public CASCADE`);
  await db.execute(sql`CREATE SCHEMA public`);
  await db.execute(sql`GRANT ALL ON SCHEMA public TO public`);
  await migrateDatabase(db);
}

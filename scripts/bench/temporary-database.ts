import { randomBytes } from "node:crypto";
import postgres from "postgres";

/** Runs `fn` with the URL of a fresh database on the given PostgreSQL server, dropped afterwards. */
export async function withTemporaryDatabase<T>(serverUrl: string, fn: (databaseUrl: string) => Promise<T>): Promise<T> {
  const name = `inkoop_bench_${randomBytes(4).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    return await fn(url.toString());
  } finally {
    await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

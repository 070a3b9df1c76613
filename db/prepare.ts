import { getDb } from "./client";
import { isDatabaseEmpty, seedDemo } from "./seed";

/** Migrations apply when the database is opened; an empty database gets the demo data. */
export async function prepareDatabase(): Promise<void> {
  const db = await getDb();
  if (process.env.SEED_DEMO === "0") return;
  if (await isDatabaseEmpty(db)) {
    const summary = await seedDemo(db);
    console.log(
      `Demodata geladen: ${summary.providers} aanbieders, ${summary.users} gebruikers, ${summary.trajectories} ` +
        `trajecten.`,
    );
  }
}

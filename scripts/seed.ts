// Re-seeds the demo: drops everything, migrates and loads the demo data.
// Stop the portal first: PGlite cannot share its data folder between two processes.
import { openDatabase } from "../db/connection";
import { seedDemo } from "../db/seed";
import { resetDatabase } from "../db/seed/reset";

async function main() {
  const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: process.env.PGLITE_DATA_DIR ?? ".data/pglite" });
  try {
    await resetDatabase(db);
    const summary = await seedDemo(db);
    console.log(`Demodata opnieuw geladen: ${summary.providers} aanbieders, ${summary.users} gebruikers, ${summary.trajectories} trajecten.`);
  } finally {
    await db.$close();
  }
}

main().catch((error) => {
  console.error("Opnieuw laden van de demodata is mislukt. Draait het portaal nog op dezelfde database?", error);
  process.exit(1);
});

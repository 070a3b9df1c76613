// Re-seeds the demo: drops everything, migrates again and loads the demo data (npm run db:seed). It runs
// with the react-server condition, as the portal's server does: the demo ladder's letter is rendered by server code.
import { openDatabase } from "../db/connection";
import { seedDemo } from "../db/seed";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../db/seed/accounts";
import { resetDatabase } from "../db/seed/reset";

const databaseUrl = process.env.DATABASE_URL;
const dataDir = process.env.PGLITE_DATA_DIR ?? ".data/pglite";

async function main() {
  const target = databaseUrl ? "de PostgreSQL-database uit DATABASE_URL" : `de PGlite-map ${dataDir}`;
  console.log(`Demodata opnieuw laden in ${target}. Alle bestaande gegevens, ook het auditlog, worden gewist.`);
  if (!databaseUrl) {
    // PGlite takes the folder for itself; a running portal would corrupt it or see stale data.
    console.log("Let op: het portaal mag niet tegelijk draaien op dezelfde PGlite-map. Stop het portaal eerst.");
  }
  const db = await openDatabase({ databaseUrl, dataDir });
  try {
    await resetDatabase(db);
    const summary = await seedDemo(db);
    console.log(
      `Klaar: ${summary.providers} aanbieders, ${summary.users} gebruikers ` +
        `en ${summary.trajectories} trajecten geladen.`,
    );
    console.log(`Demo-accounts (wachtwoord ${DEMO_PASSWORD}):`);
    for (const account of DEMO_ACCOUNTS)
      console.log(
        `  ${account.email.padEnd(36)} ${account.roleLabel} — ${account.description}` +
          (account.totpSecret ? ` (TOTP-sleutel ${account.totpSecret})` : ""),
      );
  } finally {
    await db.$close();
  }
}

main().catch((error: unknown) => {
  console.error("Het opnieuw laden van de demodata is mislukt. Draait het portaal nog op dezelfde database?");
  console.error(error);
  process.exit(1);
});

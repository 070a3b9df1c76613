// Creates the least-privileged roles for PostgreSQL (npm run db:roles), see docs/DEPLOYMENT.md.
// DATABASE_ADMIN_URL connects to the portal's database as a role that may create roles (the server's
// administrator); DB_OWNER_PASSWORD and DB_APP_PASSWORD give the passwords, DB_OWNER_ROLE and DB_APP_ROLE
// the names (inkoop_owner and inkoop_app when unset). Safe to run again, e.g. to change a password.
import { openDatabase } from "../db/connection";
import { createRoles, roleSetupProblems, type RoleSetup } from "../db/roles";
import { log } from "../lib/log";

async function main() {
  const env = process.env;
  const adminUrl = env.DATABASE_ADMIN_URL?.trim();
  const problems: string[] = [];
  if (!adminUrl)
    problems.push("DATABASE_ADMIN_URL ontbreekt (beheerder van de PostgreSQL-server, naar de portaaldatabase).");
  const database = adminUrl ? decodeURIComponent(new URL(adminUrl).pathname.slice(1)) : "";
  if (adminUrl && !database) problems.push("DATABASE_ADMIN_URL noemt geen database (…/naam-van-de-database).");
  const setup: RoleSetup = {
    database,
    owner: { name: env.DB_OWNER_ROLE?.trim() || "inkoop_owner", password: env.DB_OWNER_PASSWORD ?? "" },
    app: { name: env.DB_APP_ROLE?.trim() || "inkoop_app", password: env.DB_APP_PASSWORD ?? "" },
  };
  problems.push(
    ...roleSetupProblems(setup).map((p) =>
      p.replace(/^Het wachtwoord van de (\S+)/, "DB_*_PASSWORD: het wachtwoord van de $1"),
    ),
  );
  if (problems.length) {
    log.fatal({ problems }, `rollen niet aangemaakt: ${problems.join(" ")}`);
    process.exit(1);
  }
  const admin = await openDatabase({ databaseUrl: adminUrl, migrate: false, poolSize: 1 });
  try {
    await createRoles(admin, setup);
  } finally {
    await admin.$close();
  }
  log.info(
    { database, owner: setup.owner.name, app: setup.app.name },
    "rollen gereed: migreer als eigenaar (MIGRATION_DATABASE_URL), draai het portaal als applicatierol (DATABASE_URL)",
  );
}

main().catch((error: unknown) => {
  log.fatal({ err: error }, "rollen aanmaken mislukt");
  process.exit(1);
});

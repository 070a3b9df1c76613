import { sql, type SQL } from "drizzle-orm";

/**
 * Least privilege on PostgreSQL. The owner role owns the schema and runs the migrations; the application
 * role, which the portal connects with, may read and write rows and nothing else: it owns no table, so it
 * cannot alter, drop or disable the triggers, and it has no TRUNCATE. The records below are append-only:
 * the application role gets SELECT and INSERT on them only, and triggers (migrations 0001, 0008 and
 * `immutable_records`) refuse UPDATE, DELETE and TRUNCATE whoever asks.
 */
export const APPEND_ONLY_TABLES = ["audit_log", "minutes_versions", "qa_round_versions"] as const;

/**
 * Tables holding immutable records next to mutable rows: sent letters among a contract's documents and
 * published feedback on a consultation. Grants cannot tell those rows apart, so their triggers guard them.
 */
export const GUARDED_TABLES = ["contract_documents", "consultations"] as const;

/**
 * Tables derived from others and written only by their triggers (SECURITY DEFINER functions owned by the owner
 * role): the application role may read them. A row written by hand could put a title in front of someone the
 * policy does not open it for.
 */
export const DERIVED_TABLES = ["search_documents"] as const;

type Runner = { execute: (query: SQL) => PromiseLike<unknown> };

async function queryRowsOf<T>(db: Runner, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}

/**
 * The application role's rights on whatever the migrations created; run after every migration run
 * (`migrateDatabase`) and by `npm run db:roles`. Idempotent.
 */
export async function grantApplicationRights(db: Runner, role: string): Promise<void> {
  const app = sql.identifier(role);
  const appendOnly = sql.join(
    APPEND_ONLY_TABLES.map((t) => sql.identifier(t)),
    sql`, `,
  );
  await db.execute(sql`GRANT USAGE ON SCHEMA public TO ${app}`);
  await db.execute(sql`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app}`);
  await db.execute(sql`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app}`);
  await db.execute(sql`REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON ${appendOnly} FROM ${app}, PUBLIC`);
  const derived = sql.join(
    DERIVED_TABLES.map((t) => sql.identifier(t)),
    sql`, `,
  );
  await db.execute(sql`REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON ${derived} FROM ${app}, PUBLIC`);
  // Readiness and the start-up check read which migrations the database has applied.
  await db.execute(sql`GRANT USAGE ON SCHEMA drizzle TO ${app}`);
  await db.execute(sql`GRANT SELECT ON drizzle.__drizzle_migrations TO ${app}`);
  // The job library keeps its queue in a schema of its own (installed by `npm run db:migrate`). It adds a
  // table per queue as queues are created, so the application role may create tables there, and only there.
  const result: unknown = await db.execute(sql`SELECT 1 AS found FROM pg_namespace WHERE nspname = 'pgboss'`);
  const found = Array.isArray(result) ? result : (result as { rows: unknown[] }).rows;
  if (found.length === 0) return;
  await db.execute(sql`GRANT USAGE, CREATE ON SCHEMA pgboss TO ${app}`);
  await db.execute(sql`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgboss TO ${app}`);
  await db.execute(sql`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA pgboss TO ${app}`);
}

export type RoleSetup = {
  database: string;
  owner: { name: string; password: string };
  app: { name: string; password: string };
};

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Problems with a role setup, in Dutch, all at once; empty when it can be applied. */
export function roleSetupProblems(setup: RoleSetup): string[] {
  const problems: string[] = [];
  for (const [label, role] of [
    ["eigenaarsrol", setup.owner],
    ["applicatierol", setup.app],
  ] as const) {
    if (!ROLE_NAME.test(role.name)) problems.push(`De naam van de ${label} mag alleen a-z, 0-9 en _ bevatten.`);
    if (role.password.length < 16) problems.push(`Het wachtwoord van de ${label} moet minstens 16 tekens hebben.`);
  }
  if (setup.owner.name === setup.app.name) problems.push("De eigenaarsrol en de applicatierol moeten verschillen.");
  return problems;
}

/**
 * Creates (or updates) both roles and hands the database to the owner. Run as a role that may create
 * roles, connected to the portal's database; `npm run db:roles` does this. Safe to run again.
 */
export async function createRoles(admin: Runner, setup: RoleSetup): Promise<void> {
  const problems = roleSetupProblems(setup);
  if (problems.length) throw new Error(problems.join(" "));
  const owner = sql.identifier(setup.owner.name);
  const app = sql.identifier(setup.app.name);
  const database = sql.identifier(setup.database);
  // A DO block takes no parameters; the name has passed ROLE_NAME, so it is safe as a literal.
  const ownerLiteral = sql.raw(`'${setup.owner.name}'`);
  for (const role of [setup.owner, setup.app]) {
    const name = sql.identifier(role.name);
    const exists = (await admin.execute(sql`select 1 from pg_roles where rolname = ${role.name}`)) as
      unknown[] | { rows: unknown[] };
    const found = Array.isArray(exists) ? exists.length > 0 : exists.rows.length > 0;
    // Passwords cannot be bound parameters in CREATE/ALTER ROLE; the literal is quoted by the server's own rules.
    const password = sql.raw(`'${role.password.replaceAll("'", "''")}'`);
    // A new role gets PostgreSQL's defaults: no superuser, CREATEDB, CREATEROLE, REPLICATION or BYPASSRLS. Naming
    // them would make a non-superuser administrator's run fail ("must be superuser to change superuser attribute").
    const attributes = sql`LOGIN PASSWORD ${password}`;
    await admin.execute(found ? sql`ALTER ROLE ${name} ${attributes}` : sql`CREATE ROLE ${name} ${attributes}`);
  }
  // A non-superuser administrator (a managed server's admin role, with CREATEROLE) may hand objects to the
  // owner only as a member of it.
  const [me] = await queryRowsOf<{ super: boolean }>(
    admin,
    sql`select rolsuper as super from pg_roles where rolname = current_user`,
  );
  if (!me?.super) await admin.execute(sql`GRANT ${owner} TO CURRENT_USER`);
  await admin.execute(sql`ALTER DATABASE ${database} OWNER TO ${owner}`);
  await admin.execute(sql`ALTER SCHEMA public OWNER TO ${owner}`);
  await admin.execute(sql`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
  await admin.execute(sql`REVOKE ALL ON DATABASE ${database} FROM PUBLIC`);
  await admin.execute(sql`GRANT CONNECT ON DATABASE ${database} TO ${app}`);
  // Migrations read this to grant the application role its rights on the tables they create. A table, not a
  // database setting: custom settings need a superuser, and managed servers give none.
  await admin.execute(sql`CREATE SCHEMA IF NOT EXISTS inkoop_ops AUTHORIZATION ${owner}`);
  await admin.execute(sql`CREATE TABLE IF NOT EXISTS inkoop_ops.settings (key text PRIMARY KEY, value text NOT NULL)`);
  await admin.execute(sql`ALTER TABLE inkoop_ops.settings OWNER TO ${owner}`);
  await admin.execute(sql`INSERT INTO inkoop_ops.settings (key, value) VALUES ('app_role', ${setup.app.name})
    ON CONFLICT (key) DO UPDATE SET value = excluded.value`);
  // Objects made earlier by another role (a first migration as the server's superuser) move to the owner.
  await admin.execute(sql`DO $$
    DECLARE item record;
    BEGIN
      FOR item IN SELECT format('ALTER TABLE %I.%I OWNER TO %I', n.nspname, c.relname, ${ownerLiteral}) AS ddl
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname IN ('public', 'drizzle') AND c.relkind IN ('r', 'p', 'v', 'm')
      LOOP EXECUTE item.ddl; END LOOP;
      FOR item IN SELECT format('ALTER TYPE %I.%I OWNER TO %I', n.nspname, t.typname, ${ownerLiteral}) AS ddl
        FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = 'public' AND t.typtype = 'e'
      LOOP EXECUTE item.ddl; END LOOP;
      FOR item IN SELECT format('ALTER FUNCTION %s OWNER TO %I', p.oid::regprocedure, ${ownerLiteral}) AS ddl
        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'
      LOOP EXECUTE item.ddl; END LOOP;
      IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'drizzle') THEN
        EXECUTE format('ALTER SCHEMA drizzle OWNER TO %I', ${ownerLiteral});
      END IF;
    END $$`);
  // Tables the owner creates later are readable and insertable at once; the rest follows after each migration.
  await admin.execute(
    sql`ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA public GRANT SELECT, INSERT ON TABLES TO ${app}`,
  );
  await admin.execute(
    sql`ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${app}`,
  );
  const migrated = (await admin.execute(sql`select to_regclass('drizzle.__drizzle_migrations') as t`)) as
    { t: unknown }[] | { rows: { t: unknown }[] };
  const row = Array.isArray(migrated) ? migrated[0] : migrated.rows[0];
  if (row?.t) await grantApplicationRights(admin, setup.app.name);
}

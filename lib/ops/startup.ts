/**
 * What the portal refuses to start without. Production mode is `NODE_ENV=production` on PostgreSQL
 * (`DATABASE_URL`): there every instance must share one secret and know the address it is reached on.
 * The embedded demo (`npm start` without DATABASE_URL) generates its secret and needs no address.
 */
type Env = Record<string, string | undefined>;

export function isProductionMode(env: Env): boolean {
  return env.NODE_ENV === "production" && Boolean(env.DATABASE_URL?.trim());
}

/** Every missing or unusable setting, in Dutch, naming the variable; empty when the portal may start. */
export function startupProblems(env: Env): string[] {
  if (!isProductionMode(env)) return [];
  const problems: string[] = [];
  const secret = env.AUTH_SECRET?.trim() ?? "";
  if (!secret) {
    problems.push(
      "AUTH_SECRET ontbreekt: zet op elke instantie hetzelfde geheim van minstens 32 tekens " +
        "(bijvoorbeeld `openssl rand -base64 32`), anders weigert de ene instantie de sessies van de andere.",
    );
  } else if (secret.length < 32) {
    problems.push("AUTH_SECRET is te kort: gebruik minstens 32 tekens.");
  }
  const address = env.AUTH_URL?.trim() || env.SITE_URL?.trim();
  if (!address) {
    problems.push(
      "Het adres van het portaal ontbreekt: zet AUTH_URL of SITE_URL op het openbare adres, " +
        "bijvoorbeeld https://inkoopdialoog.gemeente.nl.",
    );
  } else if (!isHttpUrl(address)) {
    problems.push(`${env.AUTH_URL?.trim() ? "AUTH_URL" : "SITE_URL"} is geen http(s)-adres.`);
  }
  return problems;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

/** Whether the server migrates itself: always on the embedded database, on PostgreSQL only when asked. */
export function migratesOnStart(env: Env): boolean {
  return !env.DATABASE_URL?.trim() || env.MIGRATE_ON_START === "1";
}

/**
 * Whether the demo data is loaded into an empty database: by default on the embedded one, on PostgreSQL
 * only when asked.
 */
export function seedsDemo(env: Env): boolean {
  return env.DATABASE_URL?.trim() ? env.SEED_DEMO === "1" : env.SEED_DEMO !== "0";
}

/** The refusal to start on a database that lacks migrations, or null when none are pending. */
export function pendingMigrationsRefusal(pending: readonly string[]): string | null {
  if (pending.length === 0) return null;
  const shown = pending.slice(0, 5).join(", ") + (pending.length > 5 ? `, … (${pending.length} in totaal)` : "");
  return (
    `De database mist ${pending.length === 1 ? "1 migratie" : `${pending.length} migraties`} (${shown}). ` +
    "Voer eerst `npm run db:migrate` uit (als de eigenaarsrol), of start met MIGRATE_ON_START=1."
  );
}

/** Thrown for a refusal that no retry can fix: the process stops with its message. */
export class StartupRefusal extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join(" "));
    this.name = "StartupRefusal";
  }
}

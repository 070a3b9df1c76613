import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import autocannon from "autocannon";
import { eq } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { openDatabase } from "../../db/connection";
import { users } from "../../db/schema";
import { seedDemo } from "../../db/seed";
import { startSession } from "../../lib/auth/sessions";
import { loadLargeDataset } from "./large-dataset";
import { withTemporaryDatabase } from "./temporary-database";

export type HttpResult = {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p90: number;
  p975: number;
  p99: number;
  errors: number;
};

const PORT = 3400;
const FRAMEWORK_PORT = 3401;
// A page of the same Next version with none of this app in it: what the framework alone can serve here.
const FRAMEWORK_APP = "scripts/bench/ceiling-app";
const NEXT_BIN = "node_modules/next/dist/bin/next";
const CONNECTIONS = 50;
const DURATION_S = 10;

async function waitForServer(url: string, timeoutMs = 300_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server did not start within ${timeoutMs} ms`);
}

function run(name: string, url: string, headers: Record<string, string> = {}): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers }, (error, result) => {
      if (error) return reject(error instanceof Error ? error : new Error(String(error)));
      resolve({
        name,
        requestsPerSecond: result.requests.average,
        p50: result.latency.p50,
        p90: result.latency.p90,
        p975: result.latency.p97_5,
        p99: result.latency.p99,
        errors: result.errors + result.non2xx,
      });
    });
  });
}

function startNext(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn("node", [NEXT_BIN, ...args], { env, stdio: ["ignore", "ignore", "inherit"] });
}

function stop(server: ChildProcess | undefined): Promise<void> {
  if (!server || server.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    server.once("exit", () => resolve());
    server.kill("SIGTERM");
  });
}

/** Next's own empty dynamic page, built and measured on its own before the app starts. */
async function benchFramework(): Promise<HttpResult> {
  const build = spawnSync("node", [NEXT_BIN, "build", FRAMEWORK_APP], { stdio: ["ignore", "ignore", "inherit"] });
  if (build.status !== 0) throw new Error(`building ${FRAMEWORK_APP} failed`);
  const server = startNext(["start", FRAMEWORK_APP, "--port", String(FRAMEWORK_PORT), "--hostname", "127.0.0.1"], {
    ...process.env,
    NODE_ENV: "production",
  });
  try {
    const url = `http://127.0.0.1:${FRAMEWORK_PORT}/`;
    await waitForServer(url);
    return await run("Lege Next-pagina zonder app — framework", url);
  } finally {
    await stop(server);
  }
}

/**
 * Seeds the large data set into a fresh PostgreSQL database, starts the production build on it
 * and measures pages with autocannon (50 connections, 10 s each), against a trivial page as ceiling.
 * Next's own empty page is measured first, as the ceiling of the framework on this machine.
 */
export async function benchHttp(
  serverUrl: string,
): Promise<{ framework: HttpResult; results: HttpResult[]; seedSeconds: number }> {
  const framework = await benchFramework();
  return withTemporaryDatabase(serverUrl, async (databaseUrl) => {
    let server: ChildProcess | undefined;
    try {
      const db = await openDatabase({ databaseUrl });
      const seedStart = Date.now();
      await seedDemo(db);
      const { consultationId } = await loadLargeDataset(db);
      const seedSeconds = (Date.now() - seedStart) / 1000;
      const [officer] = await db.select().from(users).where(eq(users.email, "inkoper@zaanstad.nl"));
      const sid = await startSession(db, officer!.id);
      await db.$close();

      const secret = randomBytes(32).toString("base64url");
      const cookieName = "authjs.session-token";
      const token = await encode({ token: { sid }, secret, salt: cookieName });
      server = spawn("node", ["scripts/start.mjs", "--build", "--port", String(PORT), "--host", "127.0.0.1"], {
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl,
          AUTH_SECRET: secret,
          AUTH_URL: `http://127.0.0.1:${PORT}`,
          DATABASE_POOL_SIZE: "20",
        },
        stdio: ["ignore", "ignore", "inherit"],
      });
      const base = `http://127.0.0.1:${PORT}`;
      await waitForServer(`${base}/status`);
      const officerHeaders = { cookie: `${cookieName}=${token}` };
      const results = [
        await run("Triviale pagina (/status) — plafond", `${base}/status`),
        await run("Portaal-home (/)", `${base}/`),
        await run("Consultatiepagina (/consultaties/[id])", `${base}/consultaties/${consultationId}`),
        await run(
          "Reactie-overzicht medewerker (100 reacties)",
          `${base}/beheer/consultaties/${consultationId}/reacties`,
          officerHeaders,
        ),
        // Full-text search for a word in nearly every trajectory, consultation and document: ranking, the
        // count and the snippets of one page, for a visitor and for an officer (who also searches providers).
        await run("Zoeken naar een veelvoorkomend woord (/zoeken?q=begeleiding)", `${base}/zoeken?q=begeleiding`),
        await run("Zoeken als medewerker (/zoeken?q=begeleiding)", `${base}/zoeken?q=begeleiding`, officerHeaders),
      ];
      return { framework, results, seedSeconds };
    } finally {
      await stop(server);
    }
  });
}

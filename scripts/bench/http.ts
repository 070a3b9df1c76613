import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import postgres from "postgres";
import { eq } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { openDatabase } from "../../db/connection";
import { users } from "../../db/schema";
import { seedDemo } from "../../db/seed";
import { startSession } from "../../lib/auth/sessions";
import { GROWTH, HTTP_CASES, type Dataset, type HttpCase } from "./http-cases";
import { LARGE, TENTH, loadLargeDataset, type BenchTargets } from "./large-dataset";
import { median } from "./measure";
import { withTemporaryDatabase } from "./temporary-database";

export type HttpResult = {
  id: string;
  name: string;
  requestsPerSecond: number;
  p50: number;
  p90: number;
  p975: number;
  errors: number;
  minShare?: number;
  /** The empty Next page's throughput measured just before this row; the row is a share of it. */
  ceiling?: number;
};
/** `ratio` is the median of `rounds`: the pair measured alternately, each round's ratio on its own. */
export type GrowthResult = { name: string; ratio: number; rounds: number[]; maxRatio: number };
export type JsResult = { pages: { name: string; kb: number }[]; frameworkKb: number };
export type HttpRun = {
  /** The empty Next page, every time it was measured; the first is its row in the table. */
  framework: HttpResult[];
  results: HttpResult[];
  growth: GrowthResult[];
  js: JsResult | null;
  seedSeconds: Partial<Record<Dataset, number>>;
};

// BENCH_PORT moves the three servers, so benchmarks of two checkouts on one machine do not meet.
const BASE_PORT = Number(process.env.BENCH_PORT ?? 3400);
const PORTS: Record<Dataset, number> = { large: BASE_PORT, tenth: BASE_PORT + 2 };
const FRAMEWORK_PORT = BASE_PORT + 1;
// A page of the same Next version with none of this app in it: what the framework alone can serve here.
const FRAMEWORK_APP = "scripts/bench/ceiling-app";
const NEXT_BIN = "node_modules/next/dist/bin/next";
const CONNECTIONS = 50;
// A 10 s run of one page moves by up to a third between runs, so a growth row is the median of rounds that
// measure its two pages alternately; the first round is the table's own pair.
const GROWTH_ROUNDS = 3;
const DURATION_S = 10;
const WARM_UP_S = 2;
const COOKIE = "authjs.session-token";

async function waitForServer(url: string, server: ChildProcess, timeoutMs = 600_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (server.exitCode !== null) throw new Error(`the server for ${url} stopped (exit ${server.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server did not start within ${timeoutMs} ms`);
}

/**
 * Measures one page: a short unmeasured run first, so that the page's code is compiled and its statements are
 * prepared on every pooled connection before it counts, for the app's pages and the empty page alike.
 */
async function run(id: string, name: string, url: string, headers: Record<string, string> = {}): Promise<HttpResult> {
  await autocannonRun(url, headers, WARM_UP_S);
  const result = await autocannonRun(url, headers, DURATION_S);
  return {
    id,
    name,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p975: result.latency.p97_5,
    errors: result.errors + result.non2xx,
  };
}

function autocannonRun(url: string, headers: Record<string, string>, duration: number): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration, headers }, (error, result) => {
      if (error) return reject(error instanceof Error ? error : new Error(String(error)));
      resolve(result);
    });
  });
}

/** The gzip size of the JavaScript a page loads: every `<script src>` of its HTML, fetched and compressed. */
async function pageJsKb(url: string): Promise<number> {
  const html = await (await fetch(url)).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!))];
  let bytes = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, url))).arrayBuffer());
    bytes += gzipSync(body, { level: 9 }).byteLength;
  }
  return bytes / 1024;
}

function stop(server: ChildProcess | undefined): Promise<void> {
  if (!server || server.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    server.once("exit", () => resolve());
    server.kill("SIGTERM");
  });
}

type Ceiling = { measure: () => Promise<HttpResult>; jsKb: number; server: ChildProcess };

/**
 * Next's own empty dynamic page, built and started before the app. It keeps running and is measured again
 * just before every row: this machine's speed drifts by a third within a run, and a row is only a fair share
 * of the ceiling measured under the same conditions.
 */
async function startCeiling(): Promise<Ceiling> {
  const build = spawnSync("node", [NEXT_BIN, "build", FRAMEWORK_APP], { stdio: ["ignore", "ignore", "inherit"] });
  if (build.status !== 0) throw new Error(`building ${FRAMEWORK_APP} failed`);
  const server = spawn(
    "node",
    [NEXT_BIN, "start", FRAMEWORK_APP, "--port", String(FRAMEWORK_PORT), "--hostname", "127.0.0.1"],
    {
      // The build picks up the portal's instrumentation (start-up only, not per request): give it what it needs to
      // start without a job worker, on a throwaway embedded database.
      env: {
        ...process.env,
        NODE_ENV: "production",
        SITE_URL: `http://127.0.0.1:${FRAMEWORK_PORT}`,
        JOBS_IN_WEB: "0",
        SEED_DEMO: "0",
        PGLITE_DATA_DIR: `memory://ceiling-${randomBytes(4).toString("hex")}`,
      },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  const url = `http://127.0.0.1:${FRAMEWORK_PORT}/`;
  try {
    await waitForServer(url, server);
    const jsKb = await pageJsKb(url);
    const measure = () => run("framework", "Lege Next-pagina zonder app — plafond (100%)", url);
    return { measure, jsKb, server };
  } catch (error) {
    await stop(server);
    throw error;
  }
}

type Portal = {
  base: string;
  officerHeaders: Record<string, string>;
  targets: BenchTargets;
  server: ChildProcess;
  databaseUrl: string;
};

/**
 * Waits until the database has no query of the last case left: requests that autocannon gave up on (10 s) are
 * still being answered, and would otherwise be measured as the next case's cost.
 */
async function settle(databaseUrl: string, timeoutMs = 120_000) {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const start = Date.now();
    while (Date.now() - start < timeoutMs) {
      const [row] = await sql`select count(*)::int as n from pg_stat_activity
                              where datname = current_database() and state = 'active' and pid <> pg_backend_pid()`;
      if (!row || row.n === 0) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    await new Promise((r) => setTimeout(r, 2000));
  } finally {
    await sql.end();
  }
}

/** Seeds the demo and a data set into a fresh database and starts the production build on it. */
async function startPortal(databaseUrl: string, dataset: Dataset, build: boolean, seedSeconds: HttpRun["seedSeconds"]) {
  const db = await openDatabase({ databaseUrl });
  const seedStart = Date.now();
  await seedDemo(db);
  const targets = await loadLargeDataset(db, dataset === "large" ? LARGE : TENTH);
  seedSeconds[dataset] = (Date.now() - seedStart) / 1000;
  const [officer] = await db.select().from(users).where(eq(users.email, "inkoper@zaanstad.nl"));
  const sid = await startSession(db, officer!.id);
  await db.$close();
  const secret = randomBytes(32).toString("base64url");
  const token = await encode({ token: { sid }, secret, salt: COOKIE });
  const port = PORTS[dataset];
  const server = spawn(
    "node",
    ["scripts/start.mjs", ...(build ? ["--build"] : []), "--port", String(port), "--host", "127.0.0.1"],
    {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        AUTH_SECRET: secret,
        AUTH_URL: `http://127.0.0.1:${port}`,
        DATABASE_POOL_SIZE: "20",
        JOBS_IN_WEB: "0",
      },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  const base = `http://127.0.0.1:${port}`;
  await waitForServer(`${base}/status`, server);
  return { base, officerHeaders: { cookie: `${COOKIE}=${token}` }, targets, server, databaseUrl } satisfies Portal;
}

/**
 * Measures the selected pages with autocannon (50 connections, 10 s each) on the production build over
 * PostgreSQL: the data set, and a tenth of it for the search's growth row. Next's own empty page is
 * measured first in the same run; every row is a share of it. `selected` picks cases by id.
 */
export async function benchHttp(serverUrl: string, selected: (id: string) => boolean): Promise<HttpRun> {
  const cases = HTTP_CASES.filter(
    (c) => selected(c.id) || GROWTH.some((g) => selected(`growth-${g.id}`) && (g.large === c.id || g.small === c.id)),
  );
  const ceiling = await startCeiling();
  const framework: HttpResult[] = [];
  const seedSeconds: HttpRun["seedSeconds"] = {};
  const needs = (d: Dataset) => cases.some((c) => c.dataset === d) || (d === "large" && selected("js"));
  const portals: Partial<Record<Dataset, Portal>> = {};
  const withPortal = async (d: Dataset, next: () => Promise<HttpRun>): Promise<HttpRun> => {
    if (!needs(d)) return next();
    return withTemporaryDatabase(serverUrl, async (url) => {
      try {
        portals[d] = await startPortal(url, d, d === "large" && process.env.BENCH_NO_BUILD !== "1", seedSeconds);
        return await next();
      } finally {
        await stop(portals[d]?.server);
      }
    });
  };
  const measured = withPortal("large", () =>
    withPortal("tenth", async () => {
      const measure = async (c: HttpCase): Promise<HttpResult> => {
        const portal = portals[c.dataset]!;
        const headers = c.officer ? portal.officerHeaders : (c.headers ?? {});
        await settle(portal.databaseUrl);
        return {
          ...(await run(c.id, c.name, `${portal.base}${c.path(portal.targets)}`, headers)),
          minShare: c.minShare,
        };
      };
      const results: HttpResult[] = [];
      for (const c of cases) {
        await settle(portals[c.dataset]!.databaseUrl);
        const beside = await ceiling.measure();
        framework.push(beside);
        results.push({ ...(await measure(c)), ceiling: beside.requestsPerSecond });
      }
      const byId = new Map(results.map((r) => [r.id, r]));
      const caseById = new Map(cases.map((c) => [c.id, c]));
      const growth: GrowthResult[] = [];
      for (const g of GROWTH) {
        const [large, small] = [byId.get(g.large), byId.get(g.small)];
        if (!large || !small) continue;
        const rounds = [small.requestsPerSecond / large.requestsPerSecond];
        while (rounds.length < GROWTH_ROUNDS) {
          const smallAgain = await measure(caseById.get(g.small)!);
          const largeAgain = await measure(caseById.get(g.large)!);
          rounds.push(smallAgain.requestsPerSecond / largeAgain.requestsPerSecond);
        }
        growth.push({ name: g.name, ratio: median(rounds), rounds, maxRatio: g.maxRatio });
      }
      const large = portals.large;
      const js =
        selected("js") && large
          ? {
              frameworkKb: ceiling.jsKb,
              pages: [
                { name: "Portaal-home (/)", kb: await pageJsKb(`${large.base}/`) },
                {
                  name: "Consultatiepagina",
                  kb: await pageJsKb(`${large.base}/consultaties/${large.targets.smallId}`),
                },
                { name: "Zoeken", kb: await pageJsKb(`${large.base}/zoeken?q=begeleiding`) },
              ],
            }
          : null;
      return { framework, results, growth, js, seedSeconds };
    }),
  );
  try {
    return await measured;
  } finally {
    await stop(ceiling.server);
  }
}

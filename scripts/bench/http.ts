import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
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
import { pageJsKb, run, startCeiling, stop, waitForServer, type HttpResult } from "./http-load";

export type { HttpResult };

/** `ratio` is the median of `rounds`: the pair measured alternately, each round's ratio on its own. */
export type GrowthResult = { name: string; ratio: number; rounds: number[]; maxRatio: number };
export type JsResult = { pages: { name: string; kb: number }[]; frameworkKb: number };
export type HttpRun = {
  /** The empty Next page, every time it was measured (once before each row). */
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
// A 10 s run of one page moves by up to a third between runs, so a growth row is the median of rounds that
// measure its two pages alternately; the first round is the table's own pair.
const GROWTH_ROUNDS = 3;
const SHARE_ROUNDS = 3;
const COOKIE = "authjs.session-token";

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
  const ceiling = await startCeiling(FRAMEWORK_PORT);
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
      const besideCeiling = async (c: HttpCase) => {
        await settle(portals[c.dataset]!.databaseUrl);
        const beside = await ceiling.measure();
        framework.push(beside);
        return { ...(await measure(c)), ceiling: beside.requestsPerSecond };
      };
      const results: HttpResult[] = [];
      for (const c of cases) {
        const first = await besideCeiling(c);
        if (c.minShare === undefined) {
          results.push(first);
          continue;
        }
        // A row with a target is the median of rounds of (empty page, this page), like a growth row: one pair
        // can fall on a moment this machine runs at half speed for one of the two.
        const shareRounds = [first.requestsPerSecond / (first.ceiling || 1)];
        while (shareRounds.length < SHARE_ROUNDS) {
          const again = await besideCeiling(c);
          shareRounds.push(again.requestsPerSecond / (again.ceiling || 1));
        }
        results.push({ ...first, shareRounds });
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

import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";

// The servers a benchmark starts and the load it puts on them: autocannon runs, the page's JavaScript, and
// the empty Next page every row is compared with (scripts/bench/http.ts).

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
  /** For a row with a target: its share in each round of (empty page, this page), the first being the row. */
  shareRounds?: number[];
};

// A page of the same Next version with none of this app in it: what the framework alone can serve here.
const FRAMEWORK_APP = "scripts/bench/ceiling-app";
const NEXT_BIN = "node_modules/next/dist/bin/next";
const CONNECTIONS = 50;
const DURATION_S = 10;
const WARM_UP_S = 2;

export async function waitForServer(url: string, server: ChildProcess, timeoutMs = 600_000) {
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
export async function run(
  id: string,
  name: string,
  url: string,
  headers: Record<string, string> = {},
): Promise<HttpResult> {
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
export async function pageJsKb(url: string): Promise<number> {
  const html = await (await fetch(url)).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!))];
  let bytes = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, url))).arrayBuffer());
    bytes += gzipSync(body, { level: 9 }).byteLength;
  }
  return bytes / 1024;
}

export function stop(server: ChildProcess | undefined): Promise<void> {
  if (!server || server.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    server.once("exit", () => resolve());
    server.kill("SIGTERM");
  });
}

export type Ceiling = { measure: () => Promise<HttpResult>; jsKb: number; server: ChildProcess };

/**
 * Next's own empty dynamic page, built and started before the app. It keeps running and is measured again
 * just before every row: this machine's speed drifts by a third within a run, and a row is only a fair share
 * of the ceiling measured under the same conditions.
 */
export async function startCeiling(port: number): Promise<Ceiling> {
  const build = spawnSync("node", [NEXT_BIN, "build", FRAMEWORK_APP], { stdio: ["ignore", "ignore", "inherit"] });
  if (build.status !== 0) throw new Error(`building ${FRAMEWORK_APP} failed`);
  const server = spawn("node", [NEXT_BIN, "start", FRAMEWORK_APP, "--port", String(port), "--hostname", "127.0.0.1"], {
    // The build picks up the portal's instrumentation (start-up only, not per request): give it what it needs to
    // start without a job worker, on a throwaway embedded database.
    env: {
      ...process.env,
      NODE_ENV: "production",
      SITE_URL: `http://127.0.0.1:${port}`,
      JOBS_IN_WEB: "0",
      SEED_DEMO: "0",
      PGLITE_DATA_DIR: `memory://ceiling-${randomBytes(4).toString("hex")}`,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}/`;
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

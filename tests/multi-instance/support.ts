import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { SMTPServer } from "smtp-server";

/** A free TCP port on loopback, for an instance or the mail sink. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** The test talks only to a database server on this machine. */
export function assertLoopback(url: string): void {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "[::1]", "::1"].includes(host)) {
    throw new Error(`the multi-instance test runs against a local database only, not ${host}`);
  }
}

/** Builds the app when there is no build yet (scripts/test-all.sh runs this test after its build step). */
export function ensureBuild(): void {
  if (existsSync(path.join(".next", "BUILD_ID"))) return;
  const build = spawnSync(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    timeout: 15 * 60_000,
  });
  if (build.status !== 0) throw new Error("next build failed");
}

/** One accepted message; `from` is the name the sending instance greeted with (SMTP_NAME). */
export type Delivery = { to: string; messageId: string; subject: string; from: string; at: number };

/** A real SMTP server on loopback that records every message it accepts, optionally slowly. */
export async function startSink(port: number, delayMs: () => number) {
  const received: Delivery[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const head = Buffer.concat(chunks)
          .toString("utf8")
          .split(/\r?\n\r?\n/)[0]!
          .replace(/\r?\n[ \t]+/g, " ");
        const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, "im").exec(head)?.[1]?.trim() ?? "";
        const to = session.envelope.rcptTo.map((r) => r.address).join(",");
        setTimeout(() => {
          received.push({
            to,
            messageId: header("Message-ID"),
            subject: header("Subject"),
            from: session.hostNameAppearsAs,
            at: Date.now(),
          });
          callback();
        }, delayMs());
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export type Instance = { name: string; url: string; process: ChildProcess; output: string[] };

/** One production server of the built app (`next start`), with its own database connections. */
export function startInstance(name: string, port: number, env: Record<string, string>): Instance {
  const child = spawn(
    process.execPath,
    [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      env: { NODE_ENV: "production", PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString("utf8"));
    if (output.length > 400) output.shift();
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  return { name, url: `http://127.0.0.1:${port}`, process: child, output };
}

export async function stopInstance(instance: Instance): Promise<void> {
  if (instance.process.exitCode !== null || instance.process.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => instance.process.once("exit", () => resolve()));
  instance.process.kill("SIGTERM");
  const timer = setTimeout(() => instance.process.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

/** Polls until `check` holds, or fails after `timeoutMs` with `what` in the message. */
export async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < end) {
    try {
      if (await check()) return;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `timed out waiting for ${what}${lastError instanceof Error ? ` (last error: ${lastError.message})` : ""}`,
  );
}

/** Cookie header value from a response's Set-Cookie lines, merged over earlier ones. */
export function mergeCookies(previous: string, response: Response): string {
  const jar = new Map(
    previous
      .split("; ")
      .filter(Boolean)
      .map((c) => [c.slice(0, c.indexOf("=")), c.slice(c.indexOf("=") + 1)] as const),
  );
  for (const line of response.headers.getSetCookie()) {
    const pair = line.split(";")[0]!;
    jar.set(pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1));
  }
  return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
}

import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { errorFields } from "@/lib/log/errors";
import { createLog, logLevel } from "@/lib/log";
import { requestIdFor } from "@/lib/log/request-id";
import { routeConsoleToLog } from "@/lib/log/console";

describe("log", () => {
  it("takes the level from LOG_LEVEL, falling back to info", () => {
    expect(logLevel("debug")).toBe("debug");
    expect(logLevel(" WARN ")).toBe("warn");
    expect(logLevel("verbose")).toBe("info");
    expect(logLevel(undefined)).toBe("info");
  });

  it("keeps a query's parameters (user input) out of logged errors and their causes", () => {
    const cause = Object.assign(new Error("duplicate key value\nparams: jan@example.nl,Jan Jansen"), { code: "23505" });
    const error = new Error('Failed query: insert into "users" ("email") values ($1)\nparams: jan@example.nl', {
      cause,
    });
    const fields = errorFields(error);
    expect(JSON.stringify(fields)).not.toContain("jan@example.nl");
    expect(JSON.stringify(fields)).not.toContain("Jansen");
    expect(fields).toMatchObject({ type: "Error", message: 'Failed query: insert into "users" ("email") values ($1)' });
    expect(fields.cause).toMatchObject({ message: "duplicate key value", code: "23505" });
  });

  it("writes personal data and secrets under their usual names as removed", async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const child = createLog("info", sink).child({ requestId: "req-12345678", userId: "u-1" });
    child.info({ email: "jan@example.nl", user: { name: "Jan", password: "geheim" }, token: "t" }, "aangemeld");
    child.debug("not at info");
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines.at(-1)!) as Record<string, unknown>;
    expect(line).toMatchObject({ level: "info", message: "aangemeld", requestId: "req-12345678", userId: "u-1" });
    expect(lines.at(-1)).not.toMatch(/jan@example\.nl|"Jan"|geheim/);
  });

  it("accepts a request id from the reverse proxy only when it looks like one", () => {
    const fresh = () => "new-id-0001";
    expect(requestIdFor("3f0c2b1e-aaaa-4bbb-8ccc-1234567890ab", fresh)).toBe("3f0c2b1e-aaaa-4bbb-8ccc-1234567890ab");
    expect(requestIdFor(null, fresh)).toBe("new-id-0001");
    expect(requestIdFor("kort", fresh)).toBe("new-id-0001");
    expect(requestIdFor('x"}\n{"level":"fatal"', fresh)).toBe("new-id-0001");
    expect(requestIdFor("a".repeat(129), fresh)).toBe("new-id-0001");
  });
});

describe("console bridge", () => {
  it("turns console.error and console.warn into log lines without query parameters", async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const original = { error: console.error, warn: console.warn };
    try {
      routeConsoleToLog(createLog("info", sink));
      const failed = new Error("Failed query: select * from users where email = $1\nparams: piet@example.nl", {
        cause: new Error("connect ECONNREFUSED 127.0.0.1:5432"),
      });
      console.error(failed);
      console.warn("let op", { count: 2 });
    } finally {
      Object.assign(console, original);
    }
    await new Promise((resolve) => setImmediate(resolve));
    const [error, warning] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(error).toMatchObject({
      level: "error",
      source: "console",
      message: "Failed query: select * from users where email = $1",
      err: { cause: { message: "connect ECONNREFUSED 127.0.0.1:5432" } },
    });
    expect(lines.join("")).not.toContain("piet@example.nl");
    expect(warning).toMatchObject({ level: "warn", message: 'let op {"count":2}' });
  });
});

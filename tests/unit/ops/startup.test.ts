import { describe, expect, it } from "vitest";
import {
  isProductionMode,
  migratesOnStart,
  pendingMigrationsRefusal,
  seedsDemo,
  startupProblems,
} from "@/lib/ops/startup";

const SECRET = "k".repeat(43);
const production = { NODE_ENV: "production", DATABASE_URL: "postgres://app@db.internal/inkoop" };

describe("start-up refusals", () => {
  it("is production mode only with NODE_ENV=production on PostgreSQL", () => {
    expect(isProductionMode(production)).toBe(true);
    expect(isProductionMode({ NODE_ENV: "production" })).toBe(false);
    expect(isProductionMode({ NODE_ENV: "production", DATABASE_URL: "  " })).toBe(false);
    expect(isProductionMode({ NODE_ENV: "development", DATABASE_URL: production.DATABASE_URL })).toBe(false);
  });

  it("refuses without a secret and without a site address, naming both at once", () => {
    const problems = startupProblems(production);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain("AUTH_SECRET ontbreekt");
    expect(problems[1]).toMatch(/AUTH_URL of SITE_URL/);
  });

  it("refuses a missing secret when the address is there, with AUTH_URL or SITE_URL", () => {
    for (const address of [{ AUTH_URL: "https://portaal.example.nl" }, { SITE_URL: "https://portaal.example.nl/" }]) {
      const problems = startupProblems({ ...production, ...address });
      expect(problems).toEqual([expect.stringContaining("AUTH_SECRET ontbreekt")]);
    }
    expect(startupProblems({ ...production, AUTH_SECRET: "   ", SITE_URL: "https://x.nl" })).toEqual([
      expect.stringContaining("AUTH_SECRET ontbreekt"),
    ]);
  });

  it("refuses a missing site address when the secret is there", () => {
    expect(startupProblems({ ...production, AUTH_SECRET: SECRET })).toEqual([
      expect.stringContaining("AUTH_URL of SITE_URL"),
    ]);
    expect(startupProblems({ ...production, AUTH_SECRET: SECRET, AUTH_URL: "", SITE_URL: " " })).toHaveLength(1);
  });

  it("refuses a short secret and an address that is no http(s) URL, naming the variable", () => {
    expect(startupProblems({ ...production, AUTH_SECRET: "kort", SITE_URL: "https://x.nl" })).toEqual([
      expect.stringContaining("AUTH_SECRET is te kort"),
    ]);
    expect(startupProblems({ ...production, AUTH_SECRET: SECRET, SITE_URL: "portaal.example.nl" })).toEqual([
      "SITE_URL is geen http(s)-adres.",
    ]);
    expect(startupProblems({ ...production, AUTH_SECRET: SECRET, AUTH_URL: "ftp://x.nl" })).toEqual([
      "AUTH_URL is geen http(s)-adres.",
    ]);
  });

  it("starts with both, and asks nothing of the embedded demo or development", () => {
    expect(startupProblems({ ...production, AUTH_SECRET: SECRET, AUTH_URL: "https://portaal.example.nl" })).toEqual([]);
    expect(startupProblems({ NODE_ENV: "production" })).toEqual([]);
    expect(startupProblems({ NODE_ENV: "development", DATABASE_URL: production.DATABASE_URL })).toEqual([]);
  });

  it("refuses pending migrations, naming them and how to apply them", () => {
    expect(pendingMigrationsRefusal([])).toBeNull();
    const one = pendingMigrationsRefusal(["0013_immutable_records"]);
    expect(one).toContain("1 migratie (0013_immutable_records)");
    expect(one).toContain("npm run db:migrate");
    expect(one).toContain("MIGRATE_ON_START=1");
    const many = pendingMigrationsRefusal(Array.from({ length: 14 }, (_, i) => `m${i}`));
    expect(many).toContain("14 migraties (m0, m1, m2, m3, m4, … (14 in totaal))");
  });

  it("migrates on start on the embedded database, on PostgreSQL only with MIGRATE_ON_START=1", () => {
    expect(migratesOnStart({})).toBe(true);
    expect(migratesOnStart({ DATABASE_URL: production.DATABASE_URL })).toBe(false);
    expect(migratesOnStart({ DATABASE_URL: production.DATABASE_URL, MIGRATE_ON_START: "true" })).toBe(false);
    expect(migratesOnStart({ DATABASE_URL: production.DATABASE_URL, MIGRATE_ON_START: "1" })).toBe(true);
  });

  it("loads the demo into the embedded database unless SEED_DEMO=0, into PostgreSQL only with SEED_DEMO=1", () => {
    expect(seedsDemo({})).toBe(true);
    expect(seedsDemo({ SEED_DEMO: "0" })).toBe(false);
    expect(seedsDemo({ DATABASE_URL: production.DATABASE_URL })).toBe(false);
    expect(seedsDemo({ DATABASE_URL: production.DATABASE_URL, SEED_DEMO: "yes" })).toBe(false);
    expect(seedsDemo({ DATABASE_URL: production.DATABASE_URL, SEED_DEMO: "1" })).toBe(true);
  });
});

import path from "node:path";
import { defineConfig } from "vitest/config";

// Unit tests (tests/unit) and integration tests on PGlite, plus PostgreSQL when TEST_DATABASE_URL is set
// (tests/integration, see tests/helpers/test-db.ts). Reporters and the JSON report path come from the
// command line (scripts/test-all.sh), not from here.
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Server modules guard against client bundles; in tests they run in Node anyway.
      "server-only": path.resolve(import.meta.dirname, "tests/helpers/empty-module.ts"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    environment: "node",
    // A fresh PGlite takes about 2 s to start (longer on a busy 2-core machine); hooks open the databases.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Child processes rather than threads: PGlite's WASM and the postgres driver's sockets are closed
    // for certain when a worker exits. (vitest 4: `poolOptions` is gone; `maxWorkers` is top level.)
    pool: "forks",
  },
});

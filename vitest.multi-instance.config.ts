import { defineConfig } from "vitest/config";
import base from "./vitest.config";

// The multi-instance test (tests/multi-instance): two built production servers on one PostgreSQL
// database. It needs TEST_DATABASE_URL and the build, so it is not part of `vitest run`; scripts/test-all.sh
// runs it after its build step. (Spread, not mergeConfig: that would add these files to the base include.)
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ["tests/multi-instance/**/*.test.ts"],
    testTimeout: 4 * 60_000,
    hookTimeout: 20 * 60_000,
    fileParallelism: false,
  },
});

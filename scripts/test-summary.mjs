#!/usr/bin/env node
// Prints one closing line `N passed, N failed[, N skipped]` from the vitest and Playwright JSON reports.
// Usage: node scripts/test-summary.mjs <vitest-exit> <playwright-exit>
import { existsSync, readFileSync } from "node:fs";

const [vitestExit = "0", playwrightExit = "0"] = process.argv.slice(2);
const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null);

let passed = 0;
let failed = 0;
let skipped = 0;

const vitest = read("reports/vitest.json");
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
  skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
}
if ((!vitest && vitestExit !== "skip") || (vitestExit !== "0" && vitestExit !== "skip" && (vitest?.numFailedTests ?? 0) === 0)) failed += 1;

const playwright = read("reports/playwright.json");
if (playwright?.stats) {
  passed += (playwright.stats.expected ?? 0) + (playwright.stats.flaky ?? 0);
  failed += playwright.stats.unexpected ?? 0;
  skipped += playwright.stats.skipped ?? 0;
}
if ((!playwright && playwrightExit !== "skip") || (playwrightExit !== "0" && playwrightExit !== "skip" && (playwright?.stats?.unexpected ?? 0) === 0)) failed += 1;

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);

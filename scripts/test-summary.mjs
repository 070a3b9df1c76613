#!/usr/bin/env node
// Prints the closing line `N passed, N failed[, N skipped]` from the vitest and Playwright JSON reports
// and exits non-zero when anything failed. CI counts this line; the runners' own summaries are not read.
//
// Usage: node scripts/test-summary.mjs [--format=<exit>] [--lint=<exit>] [--typecheck=<exit>] [--vitest=<exit>]
//        [--multi=<exit>] [--playwright=<exit>] [--reports=<dir>]
//   <exit> is the exit code of that step, or "skip" when the step did not run on purpose.
//   Without an exit code, a step counts as failed only when its report is missing or unreadable.
//   A step that failed without a failing test in its report (crash, import error, web server that did not
//   start, build failure) counts as one failed test, so the line never says "0 failed" after a failure.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const options = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const match = /^--([a-z]+)=(.*)$/.exec(arg);
    if (!match) {
      console.error(`test-summary: onbekend argument ${arg}`);
      process.exit(2);
    }
    return [match[1], match[2]];
  }),
);
const reportsDir = options.reports ?? "reports";
const notes = [];

function readReport(file) {
  const full = path.join(reportsDir, file);
  if (!existsSync(full)) return null;
  try {
    return JSON.parse(readFileSync(full, "utf8"));
  } catch (error) {
    notes.push(`${full} is onleesbaar (unreadable): ${String(error.message).split("\n")[0]}`);
    return null;
  }
}

/** Exit code as a number, "skip", or undefined when not given. */
function exitOf(name) {
  const value = options[name];
  if (value === undefined || value === "skip") return value;
  const code = Number(value);
  return Number.isInteger(code) ? code : 1;
}

let passed = 0;
let failed = 0;
let skipped = 0;

// Format check, lint and typecheck have no report: a failure of each counts as one failed test.
for (const [step, label] of [
  ["format", "opmaakcontrole mislukt (format check failed)"],
  ["lint", "lint mislukt (lint failed)"],
  ["typecheck", "typecheck mislukt (typecheck failed)"],
]) {
  const exit = exitOf(step);
  if (typeof exit === "number" && exit !== 0) {
    failed += 1;
    notes.push(label);
  }
}

/** A vitest step: its JSON report, or one failed test when it failed without a report of its failures. */
function countVitest(option, file) {
  const exit = exitOf(option);
  if (exit === "skip") return;
  const report = readReport(file);
  if (report) {
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    const stepFailed = (typeof exit === "number" && exit !== 0) || report.success === false;
    if (stepFailed && !(report.numFailedTests > 0)) {
      const suites = report.numFailedTestSuites ?? 0;
      failed += Math.max(1, suites);
      notes.push(`${file}: vitest faalde buiten een test om (failed outside a test): ${suites} suite(s)`);
    }
  } else {
    failed += 1;
    notes.push(`vitest: geen rapport ${path.join(reportsDir, file)} (no report)`);
  }
}

countVitest("vitest", "vitest.json");
// The multi-instance test runs after the build, only with TEST_DATABASE_URL (scripts/test-all.sh).
if (options.multi !== undefined) countVitest("multi", "vitest-multi.json");

const playwrightExit = exitOf("playwright");
if (playwrightExit !== "skip") {
  const report = readReport("playwright.json");
  const stats = report?.stats;
  if (stats) {
    // retries are 0, so "flaky" stays 0; if it ever appears, the test did pass in the end.
    passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
    failed += stats.unexpected ?? 0;
    skipped += stats.skipped ?? 0;
    const errors = Array.isArray(report.errors) ? report.errors : [];
    const stepFailed = (typeof playwrightExit === "number" && playwrightExit !== 0) || errors.length > 0;
    if (stepFailed && !(stats.unexpected > 0)) {
      failed += 1;
      const first = errors[0]?.message?.split("\n")[0];
      notes.push(`playwright faalde buiten een test om (failed outside a test)${first ? `: ${first}` : ""}`);
    }
  } else {
    failed += 1;
    notes.push(`playwright: geen rapport ${path.join(reportsDir, "playwright.json")} (no report)`);
  }
}

for (const note of notes) console.log(`Let op: ${note}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);

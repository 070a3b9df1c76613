#!/usr/bin/env bash
# The whole suite (`npm test`): format check, lint, typecheck, unit and integration tests, production build, end-to-end tests
# with axe. Every step runs even when an earlier one failed (except end-to-end after a failed build);
# the last line is always "N passed, N failed[, N skipped]" from the JSON reports, and the exit code is
# non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 NEXT_TELEMETRY_DISABLED=1
rm -rf reports && mkdir -p reports

format_exit=skip
lint_exit=skip
typecheck_exit=skip
vitest_exit=skip
build_exit=skip
playwright_exit=skip
multi_exit=skip

summary() {
  local status=$?
  trap - EXIT
  local summary_exit=0
  node scripts/test-summary.mjs --format="$format_exit" --lint="$lint_exit" --typecheck="$typecheck_exit" --vitest="$vitest_exit" --multi="$multi_exit" --playwright="$playwright_exit" || summary_exit=$?
  # An unexpected abort of this script (set -e) must not end as a success either.
  if [ "$status" -ne 0 ] && [ "$summary_exit" -eq 0 ]; then summary_exit=$status; fi
  exit "$summary_exit"
}
trap summary EXIT

# --- Chromium for the end-to-end tests (Debian's package; Playwright downloads no browsers here).
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ]; then
    echo "Chromium ontbreekt; installeren met apt-get… (Chromium is missing; installing with apt-get…)"
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }; then
      echo "Installeren van chromium met apt-get is mislukt. (Installing chromium with apt-get failed.)"
      playwright_exit=1
    fi
  else
    echo "Chromium ontbreekt: installeer het eerst als root met 'apt-get install -y chromium' en start 'npm test' opnieuw."
    echo "Chromium is missing: install it first as root with 'apt-get install -y chromium', then run 'npm test' again."
    echo "(De end-to-endtests gebruiken /usr/bin/chromium. / The end-to-end tests use /usr/bin/chromium.)"
    playwright_exit=1
    exit 1
  fi
fi

if [ -z "${TEST_DATABASE_URL:-}" ]; then
  if command -v pg_isready >/dev/null 2>&1; then
    pg_isready -q -h 127.0.0.1 -p 5432 && pg_up=1 || pg_up=0
  else
    node -e "require('net').connect(5432,'127.0.0.1').on('connect',()=>process.exit(0)).on('error',()=>process.exit(1))" && pg_up=1 || pg_up=0
  fi
  if [ "$pg_up" = 1 ]; then
    echo "Let op: er draait PostgreSQL op 127.0.0.1:5432, maar TEST_DATABASE_URL is niet gezet: integratietests draaien alleen op PGlite."
    echo "        Ook op PostgreSQL: TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm test"
  fi
fi

# Shape and rules first: they are the cheapest checks and tell the most about a change (no writes).
echo "== Opmaak (Prettier --check)"
format_exit=0
npx prettier --check --log-level=warn . || format_exit=$?
[ "$format_exit" = 0 ] || echo "Opmaak wijkt af: 'npm run format' zet het recht. (Formatting differs: run 'npm run format'.)"

echo "== Lint (ESLint)"
lint_exit=0
{ npx next typegen >/dev/null && npx eslint --max-warnings=0 .; } || lint_exit=$?
[ "$lint_exit" = 0 ] || echo "Lint mislukt (lint failed)."

echo "== Typecheck"
typecheck_exit=0
{ npx next typegen >/dev/null && npx tsc --noEmit; } || typecheck_exit=$?
[ "$typecheck_exit" = 0 ] || echo "Typecheck mislukt (typecheck failed)."

echo "== Unit- en integratietests${TEST_DATABASE_URL:+ (PGlite en PostgreSQL)}"
vitest_exit=0
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json || vitest_exit=$?

echo "== Productiebuild"
build_exit=0
npx next build || build_exit=$?

# Two production instances of this build on one PostgreSQL database (tests/multi-instance); needs TEST_DATABASE_URL.
if [ "$build_exit" = 0 ] && [ -n "${TEST_DATABASE_URL:-}" ]; then
  echo "== Twee instanties op één database"
  multi_exit=0
  npx vitest run --config vitest.multi-instance.config.ts --reporter=default --reporter=json \
    --outputFile.json=reports/vitest-multi.json || multi_exit=$?
elif [ -n "${TEST_DATABASE_URL:-}" ]; then
  multi_exit=1
  echo "Build mislukt; test met twee instanties overgeslagen. (Build failed; multi-instance test not run.)"
fi

if [ "$build_exit" = 0 ] && [ "$playwright_exit" = skip ]; then
  echo "== End-to-endtests"
  playwright_exit=0
  # playwright.config.ts writes the JSON report to reports/playwright.json.
  npx playwright test || playwright_exit=$?
elif [ "$build_exit" != 0 ]; then
  echo "Build mislukt; end-to-endtests overgeslagen. (Build failed; end-to-end tests not run.)"
  playwright_exit=1
fi

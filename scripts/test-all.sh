#!/usr/bin/env bash
# The whole suite: typecheck, unit and integration tests, production build, end-to-end tests with axe.
# Ends with one line "N passed, N failed" and a non-zero exit on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 NEXT_TELEMETRY_DISABLED=1
rm -rf reports && mkdir -p reports

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ]; then
    echo "Chromium ontbreekt; installeren met apt-get (Chromium is missing; installing)…"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null || { echo "apt-get install chromium mislukte"; exit 1; }
  else
    echo "Installeer eerst Chromium: sudo apt-get install -y chromium (the end-to-end tests need /usr/bin/chromium)."
    exit 1
  fi
fi

echo "== Typecheck"
if ! (npx next typegen >/dev/null && npx tsc --noEmit); then
  echo "Typecheck mislukt."
  echo "0 passed, 1 failed"
  exit 1
fi

echo "== Unit- en integratietests"
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json
vitest_exit=$?

echo "== Productiebuild"
if npx next build; then
  echo "== End-to-endtests"
  npx playwright test
  playwright_exit=$?
else
  echo "Build mislukt; end-to-endtests overgeslagen."
  playwright_exit=1
fi

node scripts/test-summary.mjs "$vitest_exit" "$playwright_exit"

#!/usr/bin/env bash
# Installs what the tests need and runs every test (unit, property and end-to-end), then prints one
# closing line `N passed, N failed` summed over both runners. Exit status is non-zero if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

npm ci --no-audit --no-fund || exit 1
bash scripts/install-browser.sh || exit 1

mkdir -p reports
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json || status=1
PLAYWRIGHT_JSON_OUTPUT_NAME=reports/playwright.json npx playwright test --reporter=list,json || status=1

node scripts/test-summary.mjs reports/vitest.json reports/playwright.json || status=1
exit $status

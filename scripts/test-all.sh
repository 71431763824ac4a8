#!/usr/bin/env bash
# Runs every test suite: unit and build-failure tests (Vitest), then the browser tests (Playwright in
# Debian's Chromium) against a fresh build. Each suite writes a JSON report to reports/; the last line
# printed is the sum over all suites: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p reports
rm -f reports/vitest.json reports/playwright.json reports/typecheck.json reports/search-budget.json reports/lighthouse.json

status=0
bash scripts/ensure-chromium.sh || status=1

echo "== Build =="
npm run --silent build || status=1

echo "== Type check (astro check) =="
if npx astro check; then echo '{"passed":1,"failed":0}' > reports/typecheck.json
else echo '{"passed":0,"failed":1}' > reports/typecheck.json; status=1; fi

echo "== Unit and build-failure tests (Vitest) =="
npx vitest run || status=1

echo "== Browser tests (Playwright, Debian chromium) =="
npx playwright test || status=1

echo "== Search size budget =="
npm run --silent search:budget || status=1

echo "== Lighthouse (one article per locale) =="
npm run --silent lighthouse || status=1

npm run --silent report:summary || status=1
exit $status

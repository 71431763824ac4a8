#!/usr/bin/env bash
# Runs every test suite: unit and build-failure tests (Vitest), then the browser tests (Playwright in
# Debian's Chromium) against a fresh build. Each suite writes a JSON report to reports/; the last line
# printed is the sum over all suites: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
# The test build names the preview address (previewOrigin in src/env.ts) unless the caller chose one:
# on CI a build without SITE_URL is taken for a deployment and fails (see README, "SITE_URL").
export SITE_URL="${SITE_URL:-http://127.0.0.1:4321}"
mkdir -p reports
rm -f reports/vitest.json reports/playwright.json reports/typecheck.json reports/search-budget.json reports/lighthouse.json reports/content-check.json

status=0
timings=()
stage_start=$SECONDS
# Records how long the stage that just ended took (reported at the end; never asserted).
lap() { timings+=("$1: $((SECONDS - stage_start)) s"); stage_start=$SECONDS; }

bash scripts/ensure-chromium.sh || status=1
lap "chromium check"

echo "== Content check (translations, orthography, links, headings) =="
if npm run --silent check:content; then echo '{"passed":1,"failed":0}' > reports/content-check.json
else echo '{"passed":0,"failed":1}' > reports/content-check.json; status=1; fi
lap "content check"

echo "== Build =="
npm run --silent build || status=1
lap "build"

echo "== Type check (astro check) =="
if npx astro check; then echo '{"passed":1,"failed":0}' > reports/typecheck.json
else echo '{"passed":0,"failed":1}' > reports/typecheck.json; status=1; fi
lap "type check"

echo "== Unit and build-failure tests (Vitest) =="
npx vitest run || status=1
lap "vitest (unit, build failures, site gate, HTML validation)"

echo "== Browser tests (Playwright, Debian chromium) =="
npx playwright test || status=1
lap "playwright (browser, axe, search, privacy, CSP)"

echo "== Search size budget =="
npm run --silent search:budget || status=1
lap "search size budget"

echo "== Lighthouse (one article per locale) =="
npm run --silent lighthouse || status=1
lap "lighthouse"

echo "== Stage times =="
printf '%s\n' "${timings[@]}"

npm run --silent report:summary || status=1
exit $status

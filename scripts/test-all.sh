#!/usr/bin/env bash
# Runs every test suite: the content check and the unit tests (no build needed), then a fresh build,
# the type check, the gate over dist/ with html-validate and the Nu HTML Checker (site), the planted-defect builds (build), the fixture site's build
# (dist-fixture/), the browser tests (Playwright in Debian's Chromium, projects site and fixture), the
# search size budget and Lighthouse. Each suite writes a JSON report to reports/; the last line printed is the sum over all suites: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
# The test build names the preview address (previewOrigin in src/env.ts) unless the caller chose one:
# on CI a build without SITE_URL is taken for a deployment and fails (see README, "SITE_URL").
export SITE_URL="${SITE_URL:-http://127.0.0.1:4321}"
mkdir -p reports
rm -f reports/content-check.json reports/typecheck.json reports/vitest*.json reports/playwright.json reports/search-budget.json reports/lighthouse.json

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

echo "== Unit tests (Vitest: tests/unit, no build) =="
npm run --silent test:unit || status=1
lap "unit tests"

echo "== Build =="
npm run --silent build || status=1
lap "build"

echo "== Type check (astro check) =="
if npx astro check; then echo '{"passed":1,"failed":0}' > reports/typecheck.json
else echo '{"passed":0,"failed":1}' > reports/typecheck.json; status=1; fi
lap "type check"

echo "== Site gate, html-validate and the Nu HTML Checker over dist/ (Vitest: tests/site; the Nu checker needs java) =="
npm run --silent test:site || status=1
lap "site gate (links, languages, html-validate, Nu HTML Checker)"

echo "== Build-failure tests (Vitest: tests/build, planted defects, one build at a time) =="
npm run --silent test:build || status=1
lap "build-failure tests"

echo "== Fixture site build (tests/fixtures/content into dist-fixture/, for the fallback browser tests) =="
npm run --silent build:fixture || status=1
lap "fixture build"

echo "== Browser tests (Playwright, Debian chromium: the real site and the fixture site) =="
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

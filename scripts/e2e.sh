#!/usr/bin/env bash
# Builds the app and runs the Playwright journeys in real Chromium. Extra arguments go to Playwright.
set -euo pipefail
cd "$(dirname "$0")/.."
CHROME_PATH="$(bash scripts/ensure-browser.sh)"
export CHROME_PATH
# DIST_DIR lets several runs on one machine keep their own build (the preview server serves it).
export DIST_DIR="${DIST_DIR:-dist}"
[ -n "${SKIP_BUILD:-}" ] || npx vite build --logLevel warn --outDir "$DIST_DIR" --emptyOutDir
mkdir -p reports
npx playwright test "$@"

#!/usr/bin/env bash
# Builds the app and runs the Playwright journeys in real Chromium. Extra arguments go to Playwright.
set -euo pipefail
cd "$(dirname "$0")/.."
CHROME_PATH="$(bash scripts/ensure-browser.sh)"
export CHROME_PATH
[ -n "${SKIP_BUILD:-}" ] || npx vite build --logLevel warn
mkdir -p reports
npx playwright test "$@"

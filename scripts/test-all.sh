#!/usr/bin/env bash
# Every check, in order: typecheck, lint, format, unit tests, e2e in Chromium.
# Ends with one plain line "N passed, N failed" summing the unit and e2e tests.
set -uo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci --no-audit --no-fund

failed_steps=()
step() {
  local name="$1"; shift
  echo "== $name"
  if ! "$@"; then failed_steps+=("$name"); fi
}

mkdir -p reports
rm -f reports/unit.json reports/e2e.json
step typecheck npm run -s typecheck
step lint npx eslint . --max-warnings 0
step format npx prettier --check . --log-level warn
step unit npx vitest run --reporter=default --reporter=json --outputFile=reports/unit.json
step e2e bash scripts/e2e.sh

node scripts/summary.mjs "${failed_steps[*]:-}"
summary_rc=$?
if [ "${#failed_steps[@]}" -gt 0 ]; then
  echo "failed steps: ${failed_steps[*]}" >&2
  exit 1
fi
exit $summary_rc

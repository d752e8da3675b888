#!/usr/bin/env bash
# Prints the path of a Chromium for the e2e tests on stdout (progress on stderr), installing one if needed:
# 1. CHROME_PATH or a system Chromium; 2. Playwright's own download (machines with internet);
# 3. Debian's chromium via apt-get when running as root.
set -uo pipefail
log() { echo "ensure-browser: $*" >&2; }
ok() { log "using $1"; echo "$1"; exit 0; }

if [ -z "${ENSURE_BROWSER_SKIP_SYSTEM:-}" ]; then
  [ -n "${CHROME_PATH:-}" ] && [ -x "${CHROME_PATH}" ] && ok "$CHROME_PATH"
  [ -x /usr/bin/chromium ] && ok /usr/bin/chromium
  for candidate in chromium chromium-browser google-chrome-stable google-chrome; do
    path="$(command -v "$candidate" 2>/dev/null)" && [ -x "$path" ] && ok "$path"
  done
fi

if [ -z "${ENSURE_BROWSER_SKIP_PLAYWRIGHT:-}" ] && [ -x node_modules/.bin/playwright ]; then
  log "trying: playwright install chromium"
  if timeout "${ENSURE_BROWSER_PW_TIMEOUT:-180}" node_modules/.bin/playwright install chromium >&2; then
    path="$(node -e "process.stdout.write(require('playwright-core').chromium.executablePath())" 2>/dev/null)"
    [ -n "$path" ] && [ -x "$path" ] && ok "$path"
  fi
  log "playwright install failed"
fi

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  log "trying: apt-get install chromium"
  export DEBIAN_FRONTEND=noninteractive
  if apt-get update -qq >&2 && apt-get install -y -qq --no-install-recommends chromium fonts-liberation >&2; then
    [ -x /usr/bin/chromium ] && ok /usr/bin/chromium
  fi
  log "apt-get install chromium failed"
fi

log "no browser available: set CHROME_PATH to a Chromium or Chrome binary"
exit 1

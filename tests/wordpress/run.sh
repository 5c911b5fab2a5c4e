#!/usr/bin/env bash
# The explainer in a real WordPress: installs WordPress, MariaDB and PHP from Debian's packages
# where missing (tests/wordpress/setup.sh), sets up a fresh site on loopback, and runs
# tests/wordpress/*.test.mjs in headless Chromium against the built site in dist/ (build it
# first: bash scripts/build.sh). Stops the servers it started, whatever the outcome.
set -euo pipefail
cd "$(dirname "$0")/../.."
started=$SECONDS

[ -f dist/oembed.json ] || { echo '[wordpress] dist/ is not built: run bash scripts/build.sh first' >&2; exit 1; }

finish() {
  local status=$?
  bash tests/wordpress/setup.sh stop
  echo "[wordpress] $([ "$status" = 0 ] && echo passed || echo FAILED) in $((SECONDS - started)) s, set-up included"
  exit "$status"
}
trap finish EXIT

bash tests/wordpress/setup.sh
php -l integrations/wordpress/deal-explainer.php >/dev/null
# As the e2e tests: a test that hangs fails after four minutes (harness.mjs), the file after fifteen.
node --test --test-concurrency=1 --test-timeout=900000 tests/wordpress/

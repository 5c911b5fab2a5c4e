#!/usr/bin/env bash
# Runs every test: native unit and content tests, browser tests of the components
# (wasm-bindgen-test in headless Chromium), then end-to-end tests of the built site.
# Installs what it needs first (scripts/setup.sh), so it works on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."

# Each step says when it starts and how long the one before took, so a slow run shows where.
started=$SECONDS step_started=$SECONDS
step() {
  if [ -n "${step_name:-}" ]; then printf '[test] %s: %d s\n' "$step_name" $((SECONDS - step_started)); fi
  step_name=$1 step_started=$SECONDS
  [ -n "$step_name" ] && printf '\n[test] %s\n' "$step_name"
  return 0
}

step "set-up: the wasm target, wasm-bindgen-cli, Chromium and npm packages, where missing"
bash scripts/setup.sh

step "formatting and lints (rustfmt, clippy for the server side and the browser)"
cargo fmt --all --check
cargo clippy --workspace --all-targets --quiet -- -D warnings
# (The site server is native only.)
cargo clippy --workspace --exclude deal-site --all-targets --quiet --target wasm32-unknown-unknown -- -D warnings

step "native tests: content files, settings, state"
cargo test --workspace --quiet

step "component tests in headless Chromium (wasm-bindgen-test)"
# The debug build is slow: 100 rounds of a reader exploring take about 15 s there.
CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=180 cargo test --target wasm32-unknown-unknown --test components --test allocator

step "building the site"
bash scripts/build.sh

step "end-to-end tests in headless Chromium (playwright-core)"
# A test that hangs fails after four minutes (TEST_TIMEOUT in tests/e2e/harness.mjs), a test
# file after fifteen, instead of holding CI until its limit.
node --test --test-concurrency=1 --test-timeout=900000 tests/e2e/

# Installs Debian's WordPress, MariaDB and PHP where missing (about a minute on a fresh
# machine). Outside CI, DEAL_SKIP_WORDPRESS=1 leaves this step out.
if [ -n "${CI:-}" ] || [ "${DEAL_SKIP_WORDPRESS:-}" != 1 ]; then
  step "WordPress: the explainer embedded four ways in a real WordPress (headless Chromium)"
  bash tests/wordpress/run.sh
fi

step ""
printf '[test] all of it: %d s\n' $((SECONDS - started))

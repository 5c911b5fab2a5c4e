#!/usr/bin/env bash
# Builds the site for release, then measures it in headless Chromium on loopback and prints
# Markdown: asset sizes (beside the smallest Yew widget with hydration, built the same way),
# load times against a script-free floor, tab-switch latency, 20 instances on one page, the
# memory of one widget, a slow phone, TimelineJS3 side by side, and Lighthouse.
# Not part of the tests: figures, no verdicts.
set -euo pipefail
cd "$(dirname "$0")/.."
# The build's progress goes to stderr, so stdout is the Markdown alone (`bench.sh > run.md`).
bash scripts/build.sh >&2
bash scripts/build-wasm.sh tests/bench/floor yew_floor dist/bench/floor >&2
# Lighthouse and TimelineJS3 serve the benchmark alone: their own package.json and lockfile,
# kept out of the tests' install.
if [ ! -d tests/bench/node_modules ] || ! (cd tests/bench && npm ls --silent >/dev/null 2>&1); then
  printf '[bench] installing the benchmark'"'"'s npm packages\n' >&2
  npm ci --prefix tests/bench --no-audit --no-fund --loglevel=error >&2
fi
node tests/bench/bench.mjs

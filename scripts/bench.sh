#!/usr/bin/env bash
# Builds the site for release, then measures it in headless Chromium on loopback and prints
# Markdown: asset sizes (beside the smallest Yew widget with hydration, built the same way),
# load times against a script-free floor, tab-switch latency, and 20 instances on one page.
# Not part of the tests: figures, no verdicts.
set -euo pipefail
cd "$(dirname "$0")/.."
# The build's progress goes to stderr, so stdout is the Markdown alone (`bench.sh > run.md`).
bash scripts/build.sh >&2
bash scripts/build-wasm.sh tests/bench/floor yew_floor dist/bench/floor >&2
node tests/bench/bench.mjs

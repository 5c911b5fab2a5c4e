#!/usr/bin/env bash
# Builds the site for release, then measures it in headless Chromium on loopback and prints
# Markdown tables: asset sizes, load times against a script-free floor, tab-switch latency,
# and 20 instances on one page. Not part of the tests: figures, no verdicts.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
node tests/bench/bench.mjs

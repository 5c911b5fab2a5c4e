#!/usr/bin/env bash
# Builds the demo article with the widget and serves it on http://127.0.0.1:8080/ (PORT
# changes the port) with the server in site/: the published files, their precompressed
# copies, and the headers of dist/_headers, as a static host or CDN would serve them.
#   bash scripts/serve.sh             build, then serve
#   bash scripts/serve.sh --no-build  serve the build already in dist/
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--no-build" ]; then
  [ -f dist/_headers ] || { echo "serve: no build in dist/; run without --no-build" >&2; exit 1; }
  bash scripts/setup.sh
  cargo build --quiet -p deal-site
else
  bash scripts/build.sh
fi
export PORT="${PORT:-8080}"
echo "Serving the demo article on http://127.0.0.1:$PORT/ (Ctrl-C stops)"
exec target/debug/deal-site serve dist

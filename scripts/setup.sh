#!/usr/bin/env bash
# Installs what building and testing need, skipping each tool that is already present at
# the right version. Safe to run again; every other script calls it first.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '[setup] %s\n' "$*"; }

# The compiler pinned in rust-toolchain.toml, with its components (rust-src, rustfmt, clippy)
# and the wasm32 target. These machines do not install a pinned toolchain on demand, and
# every cargo command below needs it, so this comes first. Quick when it is there already.
rustup toolchain install >/dev/null 2>&1 || rustup toolchain install

# The CLI must equal the wasm-bindgen crate in Cargo.lock, or its output will not load.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/"/, "", $3); print $3; exit}' Cargo.lock)

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # --locked fails: one of the CLI's locked dependencies is no longer on the registry.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  say "installing Debian's Chromium and ChromeDriver"
  as_root=$([ "$(id -u)" = 0 ] || echo sudo)
  $as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# pdftotext, with which the print tests read the PDFs Chromium prints.
if ! command -v pdftotext >/dev/null; then
  say "installing Debian's poppler-utils (pdftotext)"
  as_root=$([ "$(id -u)" = 0 ] || echo sudo)
  $as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null
fi

# npm packages (wasm-opt from binaryen, playwright-core, axe-core) at the lockfile's versions.
if [ ! -d node_modules ] || ! npm ls --silent >/dev/null 2>&1; then
  say "installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
fi

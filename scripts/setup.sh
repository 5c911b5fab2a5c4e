#!/usr/bin/env bash
# Installs what building and testing need, skipping each tool that is already present at
# the right version. Safe to run again; every other script calls it first.
set -euo pipefail
cd "$(dirname "$0")/.."

# The CLI must equal the wasm-bindgen crate in Cargo.lock, or its output will not load.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/"/, "", $3); print $3; exit}' Cargo.lock)

say() { printf '[setup] %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The release build compiles the standard library itself (scripts/build.sh), from its source.
if ! rustup component list --installed | grep -q '^rust-src'; then
  say "adding the rust-src component"
  rustup component add rust-src
fi

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

# npm packages (wasm-opt from binaryen, playwright-core, axe-core) at the lockfile's versions.
if [ ! -d node_modules ] || ! npm ls --silent >/dev/null 2>&1; then
  say "installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
fi

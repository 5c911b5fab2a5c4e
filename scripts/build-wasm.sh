#!/usr/bin/env bash
# Builds a crate's library for readers' browsers, as small as we know how:
#   usage: scripts/build-wasm.sh CRATE_DIR NAME OUT_DIR
# writes OUT_DIR/NAME_bg.wasm and its glue OUT_DIR/NAME.js. scripts/build.sh uses it for
# the widget, scripts/bench.sh for the Yew floor it is measured against.
set -euo pipefail
cd "$(dirname "$0")/.."
crate=$1 name=$2 out=$3
tools=$PWD
work=$tools/target/wasm-build/$name
mkdir -p "$work" "$out"

# Panic locations and debug paths name source files; keep this machine's folders out.
registry="${CARGO_HOME:-$HOME/.cargo}/registry/src"
rust_src="$(rustc --print sysroot)/lib/rustlib/src/rust"
# The standard library is compiled with the crate, at its size-first settings, and every
# panic becomes a bare trap: no message formatting is shipped (about 16 KB gzip). Both need
# unstable flags of the stable compiler, allowed for this one build (README: "Build driver").
# The stack: Rust reserves 1 MB of linear memory for it by default, most of the widget's
# memory; rendering and hydrating the widget needs far less (BENCHMARKS.md, "Memory").
stack_size=${DEAL_STACK_SIZE:-65536}
(cd "$crate" &&
  RUSTC_BOOTSTRAP=1 \
  RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort --remap-path-prefix=$registry=crates --remap-path-prefix=$rust_src=rust --remap-path-prefix=$tools=deal-explainer -Clink-arg=-zstack-size=$stack_size" \
  cargo build --quiet --release --lib --target wasm32-unknown-unknown \
    -Zbuild-std=std,panic_abort --target-dir "$tools/target/size")
wasm-bindgen --target web --no-typescript --out-dir "$work" \
  "$tools/target/size/wasm32-unknown-unknown/release/$name.wasm"
# npm's binaryen, never Debian's: its older wasm-opt writes modules browsers reject.
# --low-memory-unused: Rust never places data in the first kilobyte (the stack sits below the
# data and grows down from its top), so addresses there can be folded into offsets.
features="--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-reference-types --enable-multivalue"
node_modules/.bin/wasm-opt -Oz --converge --low-memory-unused --strip-debug --strip-producers $features \
  "$work/${name}_bg.wasm" -o "$work/optimized.wasm"
node scripts/shorten-names.mjs node_modules/.bin/wasm-opt "$work/optimized.wasm" "$work/$name.js" \
  "$out/${name}_bg.wasm" "$work/glue.js" --strip-debug --strip-producers $features
node_modules/.bin/esbuild "$work/glue.js" --minify --log-level=warning --outfile="$out/$name.js"

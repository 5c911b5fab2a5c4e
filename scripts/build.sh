#!/usr/bin/env bash
# Builds the site into dist/: the wasm module (release, wasm-opt -Oz), its JS glue, the
# styles and scripts from static/, and the pages with the widget prerendered into them.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

say() { printf '[build] %s\n' "$*"; }
out=dist
rm -rf "$out" && mkdir -p "$out/pkg"

say "compiling the widget to WebAssembly"
# Panic locations name source files; keep this machine's folders out of the shipped module.
registry="${CARGO_HOME:-$HOME/.cargo}/registry/src"
rust_src="$(rustc --print sysroot)/lib/rustlib/src/rust"
# The standard library is compiled with the widget, at its size-first settings, and every
# panic becomes a bare trap: no message formatting is shipped (about 16 KB gzip). Both need
# unstable flags of the stable compiler, allowed for this one build (README: "Build driver").
RUSTC_BOOTSTRAP=1 \
RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort --remap-path-prefix=$registry=crates --remap-path-prefix=$rust_src=rust --remap-path-prefix=$PWD=deal-explainer" \
  cargo build --quiet --release --lib --target wasm32-unknown-unknown \
    -Zbuild-std=std,panic_abort --target-dir target/size
wasm-bindgen --target web --no-typescript --out-dir target/wasm-bindgen \
  target/size/wasm32-unknown-unknown/release/deal_explainer.wasm
# npm's binaryen, never Debian's: its older wasm-opt writes modules browsers reject.
node_modules/.bin/wasm-opt -Oz --strip-debug --strip-producers \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-reference-types --enable-multivalue \
  target/wasm-bindgen/deal_explainer_bg.wasm -o target/wasm-bindgen/optimized.wasm
node scripts/shorten-names.mjs target/wasm-bindgen/optimized.wasm target/wasm-bindgen/deal_explainer.js \
  "$out/pkg/deal_explainer_bg.wasm" target/wasm-bindgen/glue.js

say "minifying scripts and styles"
# What readers download is minified; the readable originals stay in static/.
minify() { node_modules/.bin/esbuild "$1" --minify --log-level=warning --outfile="$2"; }
minify target/wasm-bindgen/glue.js "$out/pkg/deal_explainer.js"
for file in static/*.css static/*.js; do
  minify "$file" "$out/$(basename "$file")"
done

say "prerendering the pages"
cargo build --quiet --bin prerender
prerender=target/debug/prerender
# Every page template at the top level (the demo article, the iframe page) gets the widget
# rendered into its `<div data-deal-explainer></div>`; a template asking for variants (the
# iframe page) gets a page per language, tab and theme as well.
for page in *.html; do
  if grep -q 'name="deal-explainer-variants"' "$page"; then
    "$prerender" variants "$page" "$out"
  else
    "$prerender" page "$page" "$out/$page" lang=en
  fi
done

# Absolute URLs for what other sites paste: set DEAL_PUBLIC_URL to the folder the site is
# served from.
public_url="${DEAL_PUBLIC_URL:-http://127.0.0.1:8080/}"
say "writing what hosts paste, for ${public_url}"
# A ready <deal-explainer> per language, its text prerendered in a declarative shadow root.
for interface in static/content/interface.*.json; do
  lang=$(basename "$interface" .json)
  lang=${lang#interface.}
  "$prerender" element "$out/deal-explainer.$lang.html" "$public_url" "lang=$lang"
done
"$prerender" oembed "$out/oembed.json" "$public_url"

say "done: $(du -sh "$out" | cut -f1) in $out/"

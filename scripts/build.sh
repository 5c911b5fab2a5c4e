#!/usr/bin/env bash
# Builds the site into dist/, ready to publish on a static host or CDN: the wasm module
# (release, wasm-opt -Oz), the runtime (its JS glue and start-up code), the loaders, the
# styles, the pages with the widget prerendered into them, and what hosts paste; then every
# file that changes between builds gets a hashed name, a .br and a .gz copy, and _headers
# says how to serve it all (site/: `deal-site publish`).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

say() { printf '[build] %s\n' "$*"; }
# DEAL_OUT builds elsewhere than dist/ (the version-skew test builds an older edition).
out="${DEAL_OUT:-dist}"
stage="target/site-build/$(basename "$out")"
# The site built before stays until this build has succeeded: a broken content file or a
# failed step leaves it as it was.
published="$stage.published"
rm -rf "$stage" "$published" && mkdir -p "$stage/pkg"

say "compiling the widget to WebAssembly"
bash scripts/build-wasm.sh . deal_explainer "$stage/pkg"

say "building the prerender and publish tools"
cargo build --quiet --bin prerender -p deal-explainer
cargo build --quiet -p deal-site
prerender=target/debug/prerender

say "bundling and minifying scripts and styles"
esbuild=node_modules/.bin/esbuild
# What readers download is minified; the readable originals stay in static/. Shared helpers
# (static/lib/) are bundled into each script that uses them, the runtime with the glue.
# The languages, tabs and themes there are fragments for, for the script embed's loader.
variants=$("$prerender" variants-list)
cp static/runtime.js "$stage/runtime.src.js"
bundle() { "$esbuild" "$@" --bundle --minify --log-level=warning --define:DEAL_VARIANTS="$variants"; }
bundle "$stage/runtime.src.js" --format=esm --outfile="$stage/runtime.js"
rm "$stage/runtime.src.js" "$stage/pkg/deal_explainer.js"
for script in page deal-explainer embed-frame; do
  bundle "static/$script.js" --format=esm --outfile="$stage/$script.js"
done
# Classic scripts: the iframe page's blocking first script, and the host page's sizer.
for script in embed-choose embed-host; do
  bundle "static/$script.js" --format=iife --outfile="$stage/$script.js"
done
for style in static/*.css; do
  "$esbuild" "$style" --minify --log-level=warning --outfile="$stage/$(basename "$style")"
done
# The prerendered element a host pastes links its styles by names that never change.
cp "$stage/widget.css" "$stage/deal-explainer.css"
cp "$stage/widget-static.css" "$stage/deal-explainer-static.css"

# Absolute URLs for what other sites paste and fetch (snippets, oEmbed): set DEAL_PUBLIC_URL
# to the folder the site is served from.
public_url="${DEAL_PUBLIC_URL:-http://127.0.0.1:8080/}"

say "prerendering the pages"
# Every page template at the top level (the demo article, the iframe page) gets the widget
# rendered into its `<div data-deal-explainer></div>`; a template asking for variants (the
# iframe page) gets a page per language, tab and theme as well.
for page in *.html; do
  if grep -q 'name="deal-explainer-variants"' "$page"; then
    "$prerender" variants "$page" "$stage" "$public_url"
  else
    "$prerender" page "$page" "$stage/$page" "$public_url" lang=en
  fi
done
# What a plain <deal-explainer> shows while its WebAssembly loads.
"$prerender" fragments "$stage/fragments"

say "writing what hosts paste, for ${public_url}"
# A ready <deal-explainer> per language, its text prerendered in a declarative shadow root.
for interface in static/content/interface.*.json; do
  lang=$(basename "$interface" .json)
  lang=${lang#interface.}
  "$prerender" element "$stage/deal-explainer.$lang.html" "$public_url" "lang=$lang"
done
"$prerender" oembed "$stage/oembed.json" "$public_url"

say "publishing: hashed names, compressed copies, headers"
target/debug/deal-site publish "$stage" "$published" | sed 's/^/[build] /'
rm -rf "$out" && mkdir -p "$(dirname "$out")" && mv "$published" "$out"
say "done: $(du -sh --exclude='*.br' --exclude='*.gz' "$out" | cut -f1) in $out/"

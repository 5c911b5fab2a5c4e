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
bash scripts/build-wasm.sh . deal_explainer "$out/pkg"

say "minifying scripts and styles"
# What readers download is minified; the readable originals stay in static/.
for file in static/*.css static/*.js; do
  node_modules/.bin/esbuild "$file" --minify --log-level=warning --outfile="$out/$(basename "$file")"
done

# Absolute URLs for what other sites paste and fetch (snippets, oEmbed): set DEAL_PUBLIC_URL
# to the folder the site is served from.
public_url="${DEAL_PUBLIC_URL:-http://127.0.0.1:8080/}"

say "prerendering the pages"
cargo build --quiet --bin prerender
prerender=target/debug/prerender
# Every page template at the top level (the demo article, the iframe page) gets the widget
# rendered into its `<div data-deal-explainer></div>`; a template asking for variants (the
# iframe page) gets a page per language, tab and theme as well.
for page in *.html; do
  if grep -q 'name="deal-explainer-variants"' "$page"; then
    "$prerender" variants "$page" "$out" "$public_url"
  else
    "$prerender" page "$page" "$out/$page" "$public_url" lang=en
  fi
done

say "writing what hosts paste, for ${public_url}"
# A ready <deal-explainer> per language, its text prerendered in a declarative shadow root.
for interface in static/content/interface.*.json; do
  lang=$(basename "$interface" .json)
  lang=${lang#interface.}
  "$prerender" element "$out/deal-explainer.$lang.html" "$public_url" "lang=$lang"
done
"$prerender" oembed "$out/oembed.json" "$public_url"

say "done: $(du -sh "$out" | cut -f1) in $out/"

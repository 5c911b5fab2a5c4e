// First script of the iframe page, blocking on purpose: when the URL asks for another
// language, tab or theme than this page was prerendered with, it swaps to the page
// prerendered for exactly those (`embed.nl.terms.auto.html`), before anything is painted, so
// the reader never sees the wrong language first. Values are read as the widget reads them
// (lib/variants.js: `NL`, `nl-BE`, `Terms`, `DARK`). Without JavaScript the page stays.
import { chooseVariant } from './lib/variants.js';

const list = document.querySelector('meta[name="deal-explainer-variants"]')?.content;
if (list) {
  const known = JSON.parse(list);
  const names = Object.keys(known);
  const params = new URLSearchParams(location.search);
  const current = location.pathname.slice(location.pathname.lastIndexOf('/') + 1);
  // What this page was prerendered with: its name says so (embed.nl.terms.auto.html), or it
  // is the template's own page (embed.html), which shows the defaults.
  const [stem, ...own] = current.split('.').slice(0, -1);
  const isVariant = own.length === names.length;
  const asked = Object.fromEntries(names.map((name) => [name, params.get(name) ?? undefined]));
  // Without a usable `lang`, the template's own page takes the reader's browser language,
  // as the widget itself would; a page linked by its variant name keeps its own.
  const wanted = chooseVariant(known, asked, isVariant ? own : [], isVariant ? [] : navigator.languages);
  const shown = isVariant ? own : names.map((name) => known[name][0]);
  if (wanted.some((value, i) => value !== shown[i])) {
    location.replace(`${stem}.${wanted.join('.')}.html${location.search}${location.hash}`);
  }
}

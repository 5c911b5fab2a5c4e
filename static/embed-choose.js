// First script of the iframe page, blocking on purpose: when the URL asks for another
// language, tab, theme or layout than this page was prerendered with, it swaps to the page
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
  // What this page was prerendered with: its name says so (embed.nl.terms.auto.full.html;
  // the default layout goes unnamed: embed.nl.terms.auto.html), or it is the template's own
  // page (embed.html), which shows the defaults.
  const [stem, ...named] = current.split('.').slice(0, -1);
  const isVariant = named.length >= names.length - 1;
  const own = names.map((name, i) => named[i] ?? known[name][0]);
  const asked = Object.fromEntries(names.map((name) => [name, params.get(name) ?? undefined]));
  // Without a usable `lang`, the template's own page takes the reader's browser language,
  // as the widget itself would; a page linked by its variant name keeps its own.
  const wanted = chooseVariant(known, asked, isVariant ? own : [], isVariant ? [] : navigator.languages);
  const shown = isVariant ? own : names.map((name) => known[name][0]);
  if (wanted.some((value, i) => value !== shown[i])) {
    const name = (wanted.at(-1) === known.layout[0] ? wanted.slice(0, -1) : wanted).join('.');
    location.replace(`${stem}.${name}.html${location.search}${location.hash}`);
  }
}

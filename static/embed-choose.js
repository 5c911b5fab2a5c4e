// First script of the iframe page, blocking on purpose: when the URL asks for another
// language, tab or theme than this page was prerendered with, it swaps to the page
// prerendered for exactly those (`embed.nl.terms.auto.html`), before anything is painted, so
// the reader never sees the wrong language first. The build lists the variants in a meta tag;
// the first value of each list is the default. Without JavaScript the default page stays.
(() => {
  const list = document.querySelector('meta[name="deal-explainer-variants"]')?.content;
  if (!list) return;
  const known = Object.fromEntries(list.split(' ').map((part) => part.split('=')).map(([name, values]) => [name, values.split(',')]));
  const params = new URLSearchParams(location.search);
  // Unknown values get the default here; the widget itself says in the console what it ignored.
  const pick = (name) => (known[name].includes(params.get(name)) ? params.get(name) : known[name][0]);
  const names = Object.keys(known);
  const wanted = `embed.${names.map(pick).join('.')}.html`;
  const current = location.pathname.slice(location.pathname.lastIndexOf('/') + 1) || 'index.html';
  const defaults = names.every((name) => pick(name) === known[name][0]);
  if (current === wanted || (defaults && current === 'embed.html')) return;
  location.replace(`${wanted}${location.search}${location.hash}`);
})();

// First script of the iframe page, blocking on purpose: when the URL asks for another
// language, tab or theme than this page was prerendered with, it swaps to the page
// prerendered for exactly those (`embed.nl.terms.auto.html`), before anything is painted, so
// the reader never sees the wrong language first. The build lists the variants in a meta tag;
// the first value of each list is the default, which embed.html shows. Without JavaScript the default page stays.
// (Without a `lang`, a reader whose browser prefers another language gets that one.)
(() => {
  const list = document.querySelector('meta[name="deal-explainer-variants"]')?.content;
  if (!list) return;
  const known = Object.fromEntries(list.split(' ').map((part) => part.split('=')).map(([name, values]) => [name, values.split(',')]));
  const params = new URLSearchParams(location.search);
  const names = Object.keys(known);
  const current = location.pathname.slice(location.pathname.lastIndexOf('/') + 1);
  // What this page was prerendered with: its name says so (embed.nl.terms.auto.html), or it
  // is the template's own page (embed.html), which shows the defaults.
  const [stem, ...own] = current.split('.').slice(0, -1);
  const rendered = (name, i) => (own.length === names.length ? own[i] : known[name][0]);
  // Without a usable `lang`, the template's own page takes the reader's browser language, as
  // the widget itself would (`nl-BE` means `nl`); a page linked by its variant name keeps its own.
  const browserLang = () =>
    navigator.languages.map((tag) => tag.split(/[-_]/)[0].toLowerCase()).find((code) => known.lang?.includes(code));
  // A missing or unknown value keeps the page's own; the widget says in the console what it ignored.
  const wanted = names.map((name, i) => {
    if (known[name].includes(params.get(name))) return params.get(name);
    if (name === 'lang' && own.length !== names.length) return browserLang() ?? rendered(name, i);
    return rendered(name, i);
  });
  if (wanted.every((value, i) => value === rendered(names[i], i))) return;
  location.replace(`${stem}.${wanted.join('.')}.html${location.search}${location.hash}`);
})();

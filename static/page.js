// Starts every widget on a page that was built with it (the demo article, the iframe page):
// hydrates the prerendered markup in each `[data-deal-explainer]` element.
//
// Settings come from, in order: the deep link in the URL fragment (`#deal-explainer=nl,terms`,
// with an optional third field naming the open item: `#deal-explainer=nl,terms,sources`), the
// query string (`?lang=nl&tab=terms&theme=dark&layout=full&open=sources`), then the page and
// browser languages.
// A mount element marked `data-deep-link` keeps the fragment up to date as the reader moves.
import init, { ExplainerHandle } from './pkg/deal_explainer.js';

const DEEP_LINK = 'deal-explainer';

/** Fragment parts that are not ours are kept as they are: `#intro&deal-explainer=nl,terms`. */
function fragmentParts() {
  return location.hash.slice(1).split('&').filter(Boolean);
}

function readDeepLink() {
  const ours = fragmentParts().find((part) => part.startsWith(`${DEEP_LINK}=`));
  const [lang, tab, open] = ours ? decodeURIComponent(ours.slice(DEEP_LINK.length + 1)).split(',') : [];
  return { lang, tab, open };
}

function writeDeepLink(lang, tab, open) {
  const parts = fragmentParts().filter((part) => !part.startsWith(`${DEEP_LINK}=`));
  parts.push(`${DEEP_LINK}=${lang},${tab}${open ? `,${open}` : ''}`);
  const url = `${location.pathname}${location.search}#${parts.join('&')}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
}

const roots = document.querySelectorAll('[data-deal-explainer]');

try {
  await init({ module_or_path: new URL('pkg/deal_explainer_bg.wasm', import.meta.url) });
  const params = new URLSearchParams(location.search);
  const settings = () => {
    const link = readDeepLink();
    return [
      link.lang ?? params.get('lang'),
      params.get('theme'),
      link.tab ?? params.get('tab'),
      params.get('story'),
      params.get('layout'),
      link.open ?? params.get('open'),
    ];
  };
  for (const root of roots) {
    const deepLink = root.hasAttribute('data-deep-link');
    let first = true;
    // The first call reports the state the page opened with; only the reader's moves are written.
    const onChange = deepLink ? (lang, tab, open) => (first ? (first = false) : writeDeepLink(lang, tab, open)) : null;
    const handle = new ExplainerHandle(root, ...settings(), onChange);
    if (deepLink) addEventListener('hashchange', () => handle.update(...settings()));
  }
} catch (error) {
  // The prerendered text stays; show all of it, since the controls cannot work.
  console.error(`deal-explainer: the interactive version could not start (${error}); showing the static version.`);
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('widget-static.css', import.meta.url).href;
  document.head.append(link);
}

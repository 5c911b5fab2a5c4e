// Starts every widget on a page that was built with it (the demo article, the iframe page):
// hydrates the prerendered markup in each `[data-deal-explainer]` element. The page's head
// has already asked for the module and its runtime, so they download while the page parses.
//
// Settings come from, in order: the deep link in the URL fragment (`#deal-explainer=nl,terms`,
// with an optional third field naming the open item: `#deal-explainer=nl,terms,sources`), the
// query string (`?lang=nl&tab=terms&theme=dark&layout=full&open=sources`), then the page and
// browser languages.
// A mount element marked `data-deep-link` keeps the fragment up to date as the reader moves.
import { holdInput } from './lib/early.js';

const DEEP_LINK = 'deal-explainer';
const MODULE = new URL('pkg/deal_explainer_bg.wasm', import.meta.url);
const RUNTIME = new URL('runtime.js', import.meta.url).href;
const STATIC_STYLES = new URL('widget-static.css', import.meta.url).href;

let warnedFragment = false;

/** Fragment parts that are not ours are kept as they are: `#intro&deal-explainer=nl,terms`. */
function fragmentParts() {
  return location.hash.slice(1).split('&').filter(Boolean);
}

function readDeepLink() {
  const ours = fragmentParts().find((part) => part.startsWith(`${DEEP_LINK}=`));
  if (!ours) return {};
  try {
    const [lang, tab, open] = decodeURIComponent(ours.slice(DEEP_LINK.length + 1)).split(',');
    return { lang, tab, open };
  } catch {
    // A malformed link (`%`) is ignored, as any value the widget cannot use.
    if (!warnedFragment) console.warn(`deal-explainer: ignoring the malformed deep link "${ours}".`);
    warnedFragment = true;
    return {};
  }
}

function writeDeepLink(lang, tab, open) {
  const parts = fragmentParts().filter((part) => !part.startsWith(`${DEEP_LINK}=`));
  parts.push(`${DEEP_LINK}=${lang},${tab}${open ? `,${open}` : ''}`);
  const url = `${location.pathname}${location.search}#${parts.join('&')}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
}

function asked() {
  const params = new URLSearchParams(location.search);
  const link = readDeepLink();
  return {
    lang: link.lang ?? params.get('lang'),
    tab: link.tab ?? params.get('tab'),
    theme: params.get('theme'),
    story: params.get('story'),
    layout: params.get('layout'),
    open: link.open ?? params.get('open'),
  };
}

/** The prerendered text stays; all of it shows, since the controls cannot work. */
function showStatic() {
  if (document.querySelector(`link[href="${STATIC_STYLES}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = STATIC_STYLES;
  document.head.append(link);
}

const mounts = [...document.querySelectorAll('[data-deal-explainer]')];
const held = mounts.map((mount) => holdInput(mount));

try {
  const runtime = await import(RUNTIME);
  await runtime.load(fetch(MODULE));
  await Promise.all(
    mounts.map(async (mount, i) => {
      const deepLink = mount.hasAttribute('data-deep-link');
      let first = true;
      // The first call reports the state the page opened with; only the reader's moves are written.
      const onChange = (lang, tab, open) => (deepLink && !first ? writeDeepLink(lang, tab, open) : (first = false));
      const widget = await runtime.start(mount, asked(), { held: held[i], onChange, onStop: showStatic });
      // The iframe page reports its height now, even while it is off screen (embed-frame.js).
      document.dispatchEvent(new Event('deal-explainer:interactive'));
      // Back, forward or a link to a deep link: the reader asks for that view again.
      if (deepLink) addEventListener('hashchange', () => widget.navigate(asked()));
    }),
  );
} catch (error) {
  for (const hold of held) hold.stop();
  for (const button of document.querySelectorAll('[data-pending]')) button.removeAttribute('data-pending');
  if (!error.reported) console.error(`deal-explainer: the interactive version could not start (${error}); showing the static version.`);
  showStatic();
}

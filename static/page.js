// Starts every widget on a page that was built with it (the demo article, the iframe page):
// hydrates the prerendered markup in each `[data-deal-explainer]` element.
import init, { ExplainerHandle } from './pkg/deal_explainer.js';

const roots = document.querySelectorAll('[data-deal-explainer]');

try {
  await init({ module_or_path: new URL('pkg/deal_explainer_bg.wasm', import.meta.url) });
  const params = new URLSearchParams(location.search);
  for (const root of roots) {
    new ExplainerHandle(root, params.get('lang'), params.get('theme'), params.get('tab'), params.get('story'), null);
  }
} catch (error) {
  // The prerendered text stays; show all of it, since the controls cannot work.
  console.error(`deal-explainer: the interactive version could not start (${error}); showing the static version.`);
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('widget-static.css', import.meta.url).href;
  document.head.append(link);
}

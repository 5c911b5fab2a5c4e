// The widget in each of the ways a reader meets it: the demo article (page mode), the iframe
// page on its own, and a `<deal-explainer>` on a host page of its own. Shared by the tests of
// layout, reflow, text size, print and names.
import fs from 'node:fs';
import path from 'node:path';
import { interactive, RESULTS } from './harness.mjs';

export const MODES = ['demo', 'iframe', 'element'];

/**
 * Opens the widget in `mode` and waits until it is interactive. `settings` become URL
 * parameters (demo, iframe) or attributes (element); `fontSize` is the reader's default font
 * size in the browser's settings; `rootSize` the host page's `html { font-size }` (demo and
 * element: the pages that host the widget). Returns `{ page, context, widget }`, `widget`
 * being the `.dx` locator (Playwright's CSS locators reach into open shadow roots).
 */
export async function openWidget(browser, server, mode, options = {}) {
  const { settings = {}, fontSize, rootSize, viewport = { width: 1280, height: 900 }, colorScheme = 'light' } = options;
  const context = await browser.newContext({ viewport, colorScheme });
  const page = await context.newPage();
  const log = { errors: [], warnings: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(message.text());
    if (message.type() === 'warning') log.warnings.push(message.text());
  });
  page.on('pageerror', (error) => log.errors.push(`uncaught: ${error.message}`));
  if (fontSize) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: fontSize, fixed: Math.round(fontSize * 0.8125) } });
  }
  const query = new URLSearchParams(settings).toString();
  if (mode === 'element') {
    const url = `${server.url}/hosts/generated-${Math.random().toString(36).slice(2)}.html`;
    const attributes = Object.entries(settings).map(([name, value]) => ` ${name}="${value}"`).join('');
    const style = rootSize ? `<style>html { font-size: ${rootSize}; }</style>` : '';
    await context.route(url, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Host</title>${style}<script type="module" src="/deal-explainer.js"></script></head>
<body><p>The host's own text.</p><deal-explainer${attributes}></deal-explainer><p>More of it.</p></body></html>`,
      }),
    );
    await page.goto(url);
    await page.waitForFunction(
      () => document.querySelector('deal-explainer')?.shadowRoot?.querySelector('[data-deal-explainer]')?.dataset.state === 'interactive',
    );
  } else {
    await page.goto(`${server.url}/${mode === 'demo' ? '' : 'embed.html'}${query ? `?${query}` : ''}`);
    if (rootSize) {
      // A constructed sheet: the pages' policy allows no inline styles.
      await page.evaluate((size) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(`html { font-size: ${size} !important; }`);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      }, rootSize);
    }
    await interactive(page);
  }
  const widget = page.locator('.dx');
  // The settings asked for have been applied (the demo page hydrates in English first).
  if (settings.lang) await page.locator(`.dx[lang="${settings.lang}"]`).waitFor();
  return { page, context, widget, log };
}

/** Opens every closed section of the compact layout (details, quotes … sources). */
export async function openSections(widget) {
  const closed = widget.locator(':is(:scope > .dx-disclosure, .dx-more > .dx-disclosure) > * > [aria-expanded=false]');
  while ((await closed.count()) > 0) await closed.first().click();
}

/** Waits until no transition is running in the page (colours are judged once settled). */
export async function transitionsEnded(page) {
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
}

/** Where the screenshot gallery goes (test-results/gallery/, not committed): a path for `name`. */
export function galleryPath(name) {
  const dir = path.join(RESULTS, 'gallery');
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, name);
}

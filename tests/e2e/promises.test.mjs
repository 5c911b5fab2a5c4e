// What the README promises a newsroom, each tried in the browser on a host page of another
// origin than the widget's: embed-host.js trusts only its own iframes' height messages, the
// WebAssembly loads once however many elements a page has, and an element without `lang`
// follows the page's `<html lang>`, then the reader's browser.
import assert from 'node:assert/strict';
import { test, open, eventually, setUp } from './harness.mjs';
import { loadContent } from './content.mjs';
import { elementWidget, fitted, frameWidget } from './widgets.mjs';

const { locales } = loadContent();
const { cross, browser } = await setUp();
const DESKTOP = { viewport: { width: 1300, height: 1000 } };

cross.page(
  'messages.html',
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">
<script src="{{WIDGET}}/embed-host.js" async></script></head>
<body><h1>Host</h1>
<iframe id="ours" src="{{WIDGET}}/embed.html?lang=en" title="Explainer" width="600" height="300"></iframe>
<iframe id="theirs" src="{{WIDGET}}/index.html" title="Another page of the same site" width="600" height="200"></iframe>
</body></html>`,
);
cross.page('elsewhere.html', '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Elsewhere</title><link rel="icon" href="data:,"></head><body>Elsewhere</body></html>');

test('embed-host.js ignores height messages from another origin, a foreign iframe, and heights that make no sense', async () => {
  const { page, context, log } = await open(browser, `${cross.url}/hosts/messages.html`, DESKTOP);
  // Every height the host script gives an iframe, and the probes that say a frame's earlier
  // messages have been handled (messages from one window arrive in order).
  await page.evaluate(() => {
    window.applied = { ours: [], theirs: [] };
    window.probes = 0;
    for (const iframe of document.querySelectorAll('iframe')) {
      new MutationObserver(() => window.applied[iframe.id].push(iframe.style.height)).observe(iframe, { attributeFilter: ['style'] });
    }
    addEventListener('message', (event) => event.data === 'probe' && (window.probes += 1));
  });
  const { iframe, frame } = await frameWidget(page);
  const { outer: content } = await fitted(iframe, frame, 'our iframe fits its content');
  const theirs = await (await page.locator('#theirs').elementHandle()).contentFrame();
  await theirs.waitForLoadState();
  /** Posts `heights` to the host page from `from`, then waits until the page has handled them. */
  const post = async (from, heights) => {
    const before = await page.evaluate(() => window.probes);
    await from.evaluate((heights) => {
      for (const height of heights) parent.postMessage({ type: 'deal-explainer:height', height }, '*');
      parent.postMessage('probe', '*');
    }, heights);
    await eventually(async () => (await page.evaluate(() => window.probes)) > before, 'the host page received the messages');
  };
  const height = (id) => page.locator(`#${id}`).evaluate((element) => element.clientHeight);

  // A page of the widget's own origin that is not an embed page, in a frame of its own.
  await post(theirs, [4321]);
  assert.equal(await height('theirs'), 200, 'a foreign iframe is never resized');
  // Our frame, with heights that are not whole, positive, plausible numbers.
  await post(frame, [-5, 12.5, '640', null, 1e6, Number.NaN]);
  assert.equal(await height('ours'), content, 'bad heights change nothing');
  // The channel works: a good height from our frame is applied.
  await post(frame, [555]);
  assert.equal(await height('ours'), 555, 'a good height is applied');
  // Our frame navigated to a page on another origin (a redirect, an ad): same window, wrong origin.
  await frame.evaluate((url) => (location.href = url), `${cross.url}/hosts/elsewhere.html`);
  const elsewhere = await eventually(() => page.frames().find((f) => f.url().endsWith('/hosts/elsewhere.html')), 'the frame navigated');
  await elsewhere.waitForLoadState();
  await post(elsewhere, [777]);
  assert.equal(await height('ours'), 555, 'a message from another origin is ignored');

  const applied = await page.evaluate(() => window.applied);
  assert.deepEqual(applied.theirs, [], 'nothing was ever set on the foreign iframe');
  for (const bad of ['-5px', '12.5px', '640px', '1000000px', '4321px', '777px']) {
    assert.ok(!applied.ours.includes(bad), `${bad} was never applied (applied: ${applied.ours.join(', ')})`);
  }
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('five elements and the script included twice (at two addresses): the runtime and the WebAssembly are requested once', async () => {
  const requests = [];
  const context = await browser.newContext(DESKTOP);
  context.on('request', (request) => requests.push(new URL(request.url()).pathname));
  const page = await context.newPage();
  await page.goto(`${cross.url}/hosts/five.html`);
  for (const id of ['#one', '#two', '#three', '#four', '#five']) await elementWidget(page, id);
  const count = (pattern) => requests.filter((name) => pattern.test(name)).length;
  console.log(`# requests: ${requests.filter((name) => !name.startsWith('/hosts/')).join(', ')}`);
  assert.equal(count(/\/deal_explainer_bg\.[0-9a-f]+\.wasm$/), 1, 'the WebAssembly');
  assert.equal(count(/\/runtime\.[0-9a-f]+\.js$/), 1, 'the runtime');
  await context.close();
});

for (const [htmlLang, locale, expected] of [
  ['nl', 'en-US', 'nl'],
  ['nl-BE', 'en-US', 'nl'],
  ['en', 'nl-NL', 'en'],
  ['fr', 'nl-NL', 'nl'],
  ['', 'nl-NL', 'nl'],
  ['de', 'fr-FR', 'en'],
]) {
  test(`an element without lang on a page of <html lang="${htmlLang}">, read in a ${locale} browser, shows ${expected === 'nl' ? 'Dutch' : 'English'}`, async () => {
    const name = `html-lang-${htmlLang || 'none'}-${locale}.html`;
    cross.page(
      name,
      `<!doctype html><html${htmlLang ? ` lang="${htmlLang}"` : ''}><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">
<script type="module" src="{{WIDGET}}/deal-explainer.js"></script></head><body><deal-explainer></deal-explainer></body></html>`,
    );
    const { page, context, log } = await open(browser, `${cross.url}/hosts/${name}`, { ...DESKTOP, locale });
    const widget = await elementWidget(page);
    assert.equal(await widget.getAttribute('lang'), expected);
    assert.ok(await widget.getByRole('heading', { name: locales[expected].story.headline }).isVisible(), 'the headline in that language');
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

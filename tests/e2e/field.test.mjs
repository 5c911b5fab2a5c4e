// The widget where readers meet it, not in the lab: host pages on another origin, embeds far
// below the fold, pasted markup a CMS altered or an older build wrote, a module that traps,
// pages that add and remove widgets for hours, slow phones, and malformed addresses.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test, open, interactive, launch, eventually, DIST, setUp } from './harness.mjs';
import { loadContent } from './content.mjs';
import { elementWidget, expectShown, fitted, frameWidget } from './widgets.mjs';

const { locales } = loadContent();
const DESKTOP = { viewport: { width: 1300, height: 900 } };
const { server, cross, site, browser } = await setUp();

/** The prerendered `<deal-explainer>` of dist/deal-explainer.{lang}.html, loading from `widget`. */
function pasted(lang, widget = site.url) {
  const markup = fs.readFileSync(path.join(DIST, `deal-explainer.${lang}.html`), 'utf8');
  // The build wrote absolute URLs for the address it was told it would be served from.
  const base = markup.match(/href="(https?:\/\/[^"]*\/)deal-explainer\.css"/)[1];
  return markup.replaceAll(base, `${widget}/`);
}

/** A host page around `body`, on the `cross` origin. */
function hostPage(name, body, head = '') {
  cross.page(name, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title><link rel="icon" href="data:,">${head}</head><body>${body}</body></html>`);
  return `${cross.url}/hosts/${name}`;
}

/** Whether the widget in `selector`'s shadow root is interactive (page context). */
const isInteractive = (selector) =>
  document.querySelector(selector)?.shadowRoot?.querySelector('[data-deal-explainer]')?.dataset.state === 'interactive';

/** Sums layout shifts on the page from its start (run before it loads). */
function recordLayoutShift(context) {
  return context.addInitScript(() => {
    window.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

for (const [name, kind] of [
  ['below-fold.html', 'our host script'],
  ['below-fold-pym.html', 'a Pym.js parent'],
]) {
  test(`an iframe 5,000 px below the fold, sized by ${kind}, has its height before the reader scrolls, and nothing moves when they do`, async () => {
    const context = await browser.newContext(DESKTOP);
    await recordLayoutShift(context);
    const page = await context.newPage();
    await page.goto(`${cross.url}/hosts/${name}`);
    const iframe = page.locator('iframe');
    const frame = await (await iframe.elementHandle()).contentFrame();
    const box = await iframe.boundingBox();
    assert.ok(box.y > 5000, `the iframe starts ${box.y} px down`);
    // Before any scrolling: the iframe takes its content's height (the long form: 3,000 px and more).
    const sized = await eventually(async () => {
      const [outer, content] = [await iframe.evaluate((f) => f.clientHeight), await frame.evaluate(() => document.body.getBoundingClientRect().height)];
      return Math.abs(outer - content) <= 2 && content > 1000 && { outer, content };
    }, 'the offscreen iframe takes its content height');
    assert.equal(await page.evaluate(() => scrollY), 0, 'the reader has not scrolled');
    const after = () => page.locator('#after').evaluate((p) => p.getBoundingClientRect().top + scrollY);
    const before = await after();

    await iframe.scrollIntoViewIfNeeded();
    await interactive(frame);
    // Two seconds with the frame in view: any late resize would show as a shift.
    await page.waitForTimeout(2000);
    assert.equal(await after(), before, 'the text after the iframe kept its place');
    assert.equal((await page.evaluate(() => window.layoutShift)).toFixed(2), '0.00', 'no layout shift');
    await fitted(iframe, frame, `${name} in view`);
    console.log(`# ${name}: ${sized.outer} px before scrolling`);
    await context.close();
  });
}

test('a pasted prerendered element loads from another origin, hydrates, and works', async () => {
  const url = hostPage('pasted-cross.html', `<h1>A newsroom page</h1>${pasted('nl')}`);
  const { page, log, context } = await open(browser, url, DESKTOP);
  const widget = await elementWidget(page);
  await expectShown(widget, 'nl', 'design', 'pasted element, cross-origin');
  await widget.getByRole('tab', { name: locales.nl.story.terms.label }).click();
  await expectShown(widget, 'nl', 'terms', 'after a tab click');
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.warnings, [], 'hydrated as pasted: no warnings');
  await context.close();
});

/** Ways a CMS (or time) changes pasted markup, each as a function of the markup. */
const ALTERATIONS = {
  'an inserted paragraph': (m) => m.replace('</h2>', '</h2><p>Inserted by the CMS</p>'),
  'a removed list item': (m) => m.replace(/<li class="dx-point">.*?<\/li>/, ''),
  'a changed attribute': (m) => m.replace('class="dx-headline"', 'class="dx-headline cms-title"'),
  'an older build': (m) => m.replace(/data-rendered-build="[0-9a-f]+"/, 'data-rendered-build="0123456789abcdef"').replace(/<li class="dx-point">.*?<\/li>/, ''),
  'edited text': (m) => m.replace(locales.en.story.headline, 'A headline an editor changed'),
};

test('five differently altered pastes beside an intact one: all six become interactive, with one warning each', async () => {
  const intact = pasted('en');
  const elements = Object.entries(ALTERATIONS).map(([, alter], i) => {
    const altered = alter(intact);
    assert.notEqual(altered, intact, `alteration ${i} changed the markup`);
    return altered.replace('<deal-explainer ', `<deal-explainer id="altered-${i}" `);
  });
  const body = [intact.replace('<deal-explainer ', '<deal-explainer id="intact" '), ...elements].join('\n');
  const { page, log, context } = await open(browser, hostPage('altered.html', body), DESKTOP);
  for (const id of ['intact', ...elements.map((_, i) => `altered-${i}`)]) {
    const widget = await elementWidget(page, `#${id}`);
    // Rendered afresh, each shows what this build renders, whatever the paste said.
    await expectShown(widget, 'en', 'design', id);
    await widget.getByRole('tab', { name: locales.en.story.terms.label }).click();
    await expectShown(widget, 'en', 'terms', `${id} after a tab click`);
  }
  const ours = log.warnings.filter((w) => w.startsWith('deal-explainer:'));
  assert.equal(ours.length, 5, ours.join('\n'));
  assert.equal(ours.filter((w) => w.includes('another build')).length, 1, 'the older build is named as such');
  assert.equal(ours.filter((w) => w.includes('changed after the build')).length, 4);
  assert.deepEqual(log.errors, []);
  await context.close();
});

/** FNV-1a over UTF-16 units from `hash`, as src/prerendered.rs fingerprints markup. */
function fnv(hash, text) {
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/** The fingerprint: the markup (with `<`, `>` unescaped), then each settings mark after a newline. */
function fingerprint(marks, innerHtml) {
  const start = fnv(0x811c9dc5, innerHtml.replaceAll('&lt;', '<').replaceAll('&gt;', '>'));
  return marks.reduce((hash, mark) => fnv(fnv(hash, '\n'), mark), start).toString(16).padStart(8, '0');
}

test('if the module traps anyway, every widget on the page keeps its text readable and one error says so', async () => {
  // A paste altered so that its fingerprint still matches (as a collision would): only
  // hydration itself can notice, and in the shipped module any panic is a trap.
  const intact = pasted('en');
  const forged = intact.replace('</h2>', '</h2><p>Inserted</p>');
  const mountAttributes = forged.match(/<div data-deal-explainer([^>]*)>/)[1];
  // The settings marks, in the order the build wrote them (src/prerendered.rs).
  const marks = [...mountAttributes.matchAll(/data-rendered-(?!build|fingerprint)[a-z]+="([^"]*)"/g)].map((match) => match[1]);
  const inner = forged.slice(forged.indexOf('>', forged.indexOf('<div data-deal-explainer')) + 1, forged.lastIndexOf('</div></template>'));
  const withPrint = forged.replace(/data-rendered-fingerprint="[0-9a-f]+"/, `data-rendered-fingerprint="${fingerprint(marks, inner)}"`);
  const body = `${intact.replace('<deal-explainer ', '<deal-explainer id="intact" ')}${withPrint.replace('<deal-explainer ', '<deal-explainer id="forged" ')}`;
  const { page, log, context } = await open(browser, hostPage('trap.html', body), { viewport: { width: 1300, height: 9000 } });
  const staticStyles = (id) =>
    page.evaluate((id) => [...document.querySelector(id).shadowRoot.styleSheets].some((s) => /widget-static/.test(s.href ?? '')), id);
  await eventually(async () => (await staticStyles('#intact')) && (await staticStyles('#forged')), 'both widgets show their text in full');
  const ours = log.errors.filter((e) => e.startsWith('deal-explainer:'));
  assert.equal(ours.length, 1, log.errors.join('\n'));
  assert.match(ours[0], /stopped/);
  for (const id of ['#intact', '#forged']) {
    const widget = page.locator(`${id} .dx`);
    assert.ok(await widget.getByText(locales.en.story.terms.title).first().isVisible(), `${id}: the terms panel's text is readable`);
    assert.equal(await widget.locator('[role=tablist]').isVisible(), false, `${id}: controls that cannot work are hidden`);
  }
  // Widgets added after the trap show their text too, and say nothing more.
  await page.evaluate(() => document.body.append(document.createElement('deal-explainer')));
  await page.locator('deal-explainer').last().scrollIntoViewIfNeeded();
  await eventually(() => page.evaluate(() => document.querySelector('deal-explainer:last-of-type').shadowRoot.querySelector('.dx') !== null), 'a widget added later shows its text');
  assert.equal(log.errors.filter((e) => e.startsWith('deal-explainer:')).length, 1);
  await context.close();
});

/**
 * Creates, starts and removes 1,000 widgets (`plain` elements or `pasted` prerendered ones) in
 * a browser of its own, and asserts that nothing stays behind.
 */
async function leavesNothingBehind(kind) {
  // JavaScript and WebAssembly kept at their first compiler tier: code compiled as functions
  // get hot grows the heap for a while, and is V8's to keep, not ours to free.
  const steadyBrowser = await launch(['--js-flags=--no-opt --no-maglev --no-sparkplug --no-wasm-tier-up']);
  try {
    const { page, context } = await open(steadyBrowser, hostPage(`cycles-${kind}.html`, '<div id="slot"></div>', `<script type="module" src="${site.url}/deal-explainer.js"></script>`), DESKTOP);
    const cdp = await context.newCDPSession(page);
    const markup = kind === 'pasted' ? pasted('nl') : '<deal-explainer lang="nl" tab="terms"></deal-explainer>';
    const runtime = `${site.url}/${fs.readdirSync(path.join(DIST, 'assets')).find((f) => /^runtime\.[0-9a-f]+\.js$/.test(f)).replace(/^/, 'assets/')}`;
    /** Creates, starts and removes `count` widgets, one after the other. */
    const cycles = (count) =>
      page.evaluate(
        async ({ count, markup }) => {
          const slot = document.querySelector('#slot');
          for (let i = 0; i < count; i += 1) {
            slot.setHTMLUnsafe(markup);
            const mount = () => slot.firstElementChild.shadowRoot?.querySelector('[data-deal-explainer]');
            while (mount()?.dataset.state !== 'interactive') await new Promise((resolve) => setTimeout(resolve, 1));
            slot.replaceChildren();
            await new Promise((resolve) => setTimeout(resolve, 0));
          }
        },
        { count, markup },
      );
    const measure = async () => {
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
      await cdp.send('HeapProfiler.collectGarbage');
      const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const wasm = await page.evaluate(async (runtime) => Object.values(await (await import(runtime)).load()).find((v) => v instanceof WebAssembly.Memory).buffer.byteLength, runtime);
      return { nodes, listeners: jsEventListeners, heap: usedSize, wasm };
    };
    await cycles(50);
    const warm = await measure();
    await cycles(450);
    const half = await measure();
    await cycles(500);
    const end = await measure();
    console.log(`# ${kind}: after 50 ${JSON.stringify(warm)}; after 500 ${JSON.stringify(half)}; after 1000 ${JSON.stringify(end)}`);
    for (const key of ['nodes', 'listeners', 'heap']) {
      assert.ok(end[key] <= warm[key] * 1.05, `${kind}, ${key}: ${warm[key]} after 50 cycles, ${end[key]} after 1,000`);
    }
    assert.equal(end.wasm, half.wasm, `${kind}: WebAssembly memory stopped growing`);
  } finally {
    await steadyBrowser.close();
  }
}

// The two run side by side, each in its own browser and renderer process: the counters and
// heaps they read are their own, and the suite takes half the time on two cores.
test('1,000 plain and 1,000 pasted widgets created and removed leave nothing behind', async () => {
  const failed = (await Promise.allSettled(['plain', 'pasted'].map(leavesNothingBehind))).filter((r) => r.status === 'rejected');
  // Both are reported when both fail.
  if (failed.length) throw failed.length === 1 ? failed[0].reason : new AggregateError(failed.map((r) => r.reason), failed.map((r) => r.reason.message).join('; '));
});

/** A slow phone: about 400 ms round trips, 400 kbit/s, a CPU four times slower. */
async function slowPhone(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 400,
    downloadThroughput: (400 * 1024) / 8,
    uploadThroughput: (400 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return cdp;
}

test('on a slow phone, a tab tapped before the widget is interactive shows busy, then opens', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await slowPhone(context, page);
  await page.goto(`${server.url}/`, { waitUntil: 'commit' });
  const terms = page.locator('.dx [role=tab]').last();
  await terms.waitFor();
  assert.notEqual(await page.locator('[data-deal-explainer]').getAttribute('data-state'), 'interactive', 'tapped before the widget was ready');
  await terms.tap();
  assert.equal(await terms.getAttribute('data-pending'), '', 'the tapped tab shows it is busy');
  await interactive(page);
  await eventually(() => terms.getAttribute('aria-selected').then((v) => v === 'true'), 'the tapped tab opens once the widget is interactive');
  assert.ok(await page.locator('.dx [role=tabpanel]:not([hidden])').getByText(locales.en.story.terms.title).isVisible());
  assert.equal(await terms.getAttribute('data-pending'), null, 'no longer busy');
  await context.close();
});

test('on a slow phone, an element far below the fold downloads no WebAssembly until the reader nears it, and shows its text before it is interactive', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await slowPhone(context, page);
  const requests = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(`${cross.url}/hosts/far-element.html`, { waitUntil: 'load' });
  // Long enough for anything eager to have started.
  await page.waitForTimeout(3000);
  const early = requests.filter((p) => /\.wasm$|runtime\.|fragments\./.test(p));
  assert.deepEqual(early, [], 'nothing heavy before the reader nears the widget');
  await page.evaluate(() => scrollTo(0, document.querySelector('#deep').getBoundingClientRect().top + scrollY - innerHeight * 1.5));
  await eventually(
    () => page.evaluate(() => {
      const mount = document.querySelector('#deep').shadowRoot.querySelector('[data-deal-explainer]');
      return mount.textContent.length > 1000 && mount.dataset.state !== 'interactive';
    }),
    'its text is there before the widget is interactive',
  );
  await page.locator('#deep').scrollIntoViewIfNeeded();
  await page.waitForFunction(isInteractive, '#deep', { timeout: 60000 });
  assert.ok(requests.some((p) => p.endsWith('.wasm')), 'the module loaded once the reader came near');
  await context.close();
});

test('a plain element whose module fails keeps its text, all of it, and says why', async () => {
  const context = await browser.newContext(DESKTOP);
  await context.route('**/*.wasm', (route) => route.abort());
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(hostPage('no-module.html', '<deal-explainer lang="nl"></deal-explainer>', `<script type="module" src="${site.url}/deal-explainer.js"></script>`));
  await eventually(
    () => page.evaluate(() => [...document.querySelector('deal-explainer').shadowRoot.styleSheets].some((s) => /widget-static/.test(s.href ?? ''))),
    'the static styles are in',
  );
  const widget = page.locator('deal-explainer .dx');
  for (const card of locales.nl.story.terms.cards) assert.ok(await widget.getByText(card.question).isVisible(), card.id);
  const ours = errors.filter((e) => e.startsWith('deal-explainer:'));
  assert.equal(ours.length, 1, errors.join('\n'));
  assert.match(ours[0], /showing its text without its controls/);
  await context.close();
});

test('when another script has defined <deal-explainer> first, the console says so', async () => {
  const url = hostPage(
    'taken.html',
    '<deal-explainer lang="en"></deal-explainer>',
    `<script src="/hosts/define-first.js"></script><script type="module" src="${site.url}/deal-explainer.js"></script>`,
  );
  cross.page('define-first.js', "customElements.define('deal-explainer', class extends HTMLElement {});");
  const { page, log, context } = await open(browser, url, DESKTOP);
  await eventually(() => log.errors.some((e) => e.includes('already defined')), 'an error names the cause');
  await context.close();
  void page;
});

test('a malformed deep link is ignored with one warning; a later one throws nothing', async () => {
  const { page, log, context } = await open(browser, `${server.url}/index.html#deal-explainer=%`, DESKTOP);
  await interactive(page);
  await page.evaluate(() => (location.hash = 'deal-explainer=%E0%A4%A'));
  await page.evaluate(() => (location.hash = 'deal-explainer=nl,terms'));
  await eventually(() => page.locator('.dx').getAttribute('lang').then((l) => l === 'nl'), 'a good link still works');
  assert.deepEqual(log.errors, [], 'nothing thrown');
  assert.equal(log.warnings.filter((w) => w.includes('malformed')).length, 1, log.warnings.join('\n'));
  await context.close();
});

for (const [query, expected] of [
  ['lang=nl-BE', { lang: 'nl' }],
  ['lang=NL', { lang: 'nl' }],
  ['tab=Terms', { tab: 'terms' }],
  ['theme=DARK', { theme: 'dark' }],
]) {
  test(`the iframe page asked for ${query} shows it from the first paint, as the widget reads it`, async () => {
    const context = await browser.newContext();
    await context.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => {
        const dx = document.querySelector('.dx');
        window.asParsed = { lang: dx.lang, theme: dx.dataset.theme, tab: dx.querySelector('[role=tab][aria-selected=true]').id.replace('dx-tab-', '') };
      }),
    );
    const page = await context.newPage();
    const warnings = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    await page.goto(`${server.url}/embed.html?${query}`);
    await interactive(page);
    const asParsed = await page.evaluate(() => window.asParsed);
    const now = await page.evaluate(() => {
      const dx = document.querySelector('.dx');
      return { lang: dx.lang, theme: dx.dataset.theme, tab: dx.querySelector('[role=tab][aria-selected=true]').id.replace('dx-tab-', '') };
    });
    for (const [name, value] of Object.entries(expected)) {
      assert.equal(asParsed[name], value, `${name} at first paint`);
      assert.equal(now[name], value, `${name} once interactive`);
    }
    assert.deepEqual(warnings, [], 'the widget reads it the same way: nothing to warn about');
    await context.close();
  });
}

test('each distinct warning is given once per element and value, however often an attribute changes', async () => {
  const { page, log, context } = await open(browser, hostPage('flapping.html', '<deal-explainer lang="xx"></deal-explainer>', `<script type="module" src="${site.url}/deal-explainer.js"></script>`), DESKTOP);
  await elementWidget(page);
  await page.evaluate(() => {
    const element = document.querySelector('deal-explainer');
    for (let i = 0; i < 1000; i += 1) element.setAttribute('tab', i % 2 ? 'nope' : 'design');
  });
  const ours = log.warnings.filter((w) => w.startsWith('deal-explainer:'));
  assert.equal(ours.filter((w) => w.includes('"xx"')).length, 1, ours.join('\n'));
  assert.equal(ours.filter((w) => w.includes('"nope"')).length, 1, ours.join('\n'));
  await context.close();
});

test('on the iframe page the module is requested within one round trip of the HTML arriving, not after the page script', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await slowPhone(context, page);
  await page.goto(`${server.url}/embed.html`);
  await interactive(page);
  const timing = await page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0];
    const find = (pattern) => performance.getEntriesByType('resource').find((entry) => pattern.test(entry.name));
    return {
      html: navigation.responseEnd,
      module: find(/deal_explainer_bg\.[0-9a-f]+\.wasm$/).startTime,
      pageScript: find(/\/page\.[0-9a-f]+\.js$/).responseEnd,
    };
  });
  console.log(`# HTML in at ${timing.html.toFixed(0)} ms, module requested ${timing.module.toFixed(0)} ms, page script in ${timing.pageScript.toFixed(0)} ms`);
  assert.ok(timing.module - timing.html < 400, `the module was requested ${(timing.module - timing.html).toFixed(0)} ms after the HTML arrived`);
  assert.ok(timing.module < timing.pageScript, 'before the page script had even arrived');
  await context.close();
});

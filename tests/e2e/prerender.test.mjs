// The prerendered widget: readable before and without WebAssembly, hydrated without a
// mismatch, and not moving a pixel when the WebAssembly arrives.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test, open, interactive, DIST, setUp } from './harness.mjs';
import { loadContent } from './content.mjs';

const { locales } = loadContent();
const PAGES = ['index.html', 'embed.html'];
let servingWithoutWasm = false;
const { server, browser } = await setUp({
  // A page whose policy forbids compiling WebAssembly, as a strict host might.
  headers: (pathname) =>
    pathname === '/index.html' && servingWithoutWasm
      ? { 'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:" }
      : {},
});

/** Everything a reader can reach must be on screen, not just in the markup. */
async function assertEverythingReadable(page, { story }) {
  const widget = page.locator('.dx');
  const visible = async (text, what) => {
    const node = widget.getByText(text, { exact: true }).first();
    assert.ok(await node.isVisible(), `${what} is visible: ${text.slice(0, 60)}`);
  };
  for (const pillar of story.pillars) {
    await visible(pillar.title, 'pillar title');
    for (const point of pillar.points) assert.ok(await widget.getByText(point.text).first().isVisible(), 'pillar point');
  }
  await visible(story.terms.title, 'terms title');
  for (const card of story.terms.cards) {
    await visible(card.question, 'term question');
    assert.ok(await widget.getByText(card.explanation).first().isVisible(), `term answer ${card.id}`);
  }
  for (const quote of story.quotes) assert.ok(await widget.locator('blockquote', { hasText: quote.passages[0].slice(0, 30) }).isVisible());
  for (const question of story.questions) assert.ok(await widget.getByText(question.answer).first().isVisible());
  for (const source of story.sources) await visible(source.title, 'source');
  // The rack's parts as a plain list, each with what it does and what the sources say.
  for (const part of story.rack.parts) {
    await visible(part.role, `what ${part.id} does`);
    assert.ok(await widget.getByText(part.story.text).first().isVisible(), `what the sources say about ${part.id}`);
  }
}

for (const file of PAGES) {
  test(`${file} has the widget's text in its HTML, prerendered`, () => {
    const html = fs.readFileSync(path.join(DIST, file), 'utf8');
    const { story } = locales.en;
    for (const text of [story.headline, ...story.pillars.map((p) => p.title), story.sources[0].title]) {
      assert.ok(html.includes(text.replace(/&/g, '&amp;')), `prerendered: ${text}`);
    }
    assert.match(html, /data-rendered-lang="en"/);
  });

  test(`${file} with JavaScript off shows every pillar, term, quote and source`, async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    // Every style sheet and font the page asks for arrives: without them it would not read.
    const failed = [];
    // (With JavaScript off the browser drops the scripts' preloads: nothing lost.)
    page.on('requestfailed', (request) => request.resourceType() !== 'script' && failed.push(`${request.url()}: ${request.failure().errorText}`));
    page.on('response', (response) => response.status() >= 400 && failed.push(`${response.url()}: ${response.status()}`));
    await page.goto(`${server.url}/${file}`);
    await assertEverythingReadable(page, locales.en);
    assert.equal(await page.locator('.dx [role=tablist]').isVisible(), false, 'tabs need JavaScript, so they are hidden');
    assert.equal(await page.locator('.dx-lang').isVisible(), false);
    assert.ok(await page.evaluate(() => [...document.styleSheets].some((sheet) => /\/widget-static\.[0-9a-f]+\.css$/.test(sheet.href ?? ''))), 'the static style sheet applies');
    assert.deepEqual(failed, []);
    await context.close();
  });
}

test('when the WebAssembly cannot load, the text stays, all of it opens, and one message says why', async () => {
  const { page, log, context } = await open(browser, 'about:blank');
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(`${server.url}/index.html`);
  await page.waitForFunction(() => [...document.styleSheets].some((s) => /widget-static\.[0-9a-f]{10}\.css$|deal-explainer-static\.css$/.test(s.href ?? '')));
  await assertEverythingReadable(page, locales.en);
  const ours = log.errors.filter((e) => e.startsWith('deal-explainer:'));
  assert.equal(ours.length, 1, log.errors.join('\n'));
  await context.close();
});

test('when the page policy forbids WebAssembly, the prerendered widget stays readable', async () => {
  servingWithoutWasm = true;
  try {
    const { page, log, context } = await open(browser, `${server.url}/index.html`);
    await page.waitForFunction(() => [...document.styleSheets].some((s) => /widget-static\.[0-9a-f]{10}\.css$|deal-explainer-static\.css$/.test(s.href ?? '')));
    await assertEverythingReadable(page, locales.en);
    assert.equal(log.errors.filter((e) => e.startsWith('deal-explainer:')).length, 1, log.errors.join('\n'));
    await context.close();
  } finally {
    servingWithoutWasm = false;
  }
});

/** The iframe page asked for another language, tab and theme than its defaults. */
const EMBED_VARIANT = 'embed.html?lang=nl&tab=terms&theme=dark';
/** A host page with the pasted element, at an address routed in the test's browser. */
const PASTED = 'hosts/pasted-prerendered.html';

// A viewport tall enough for the whole widget and the article after it: layout shift only
// counts what is on screen, and on the demo page the widget starts 760 to 1,160 px down.
const TALL = 4000;
for (const file of [...PAGES, EMBED_VARIANT, PASTED]) {
  for (const width of [360, 768, 1280]) {
    test(`${file} at ${width}px, all of the widget in view: no layout shift from navigation to 2 s after hydration`, async () => {
      const context = await browser.newContext({ viewport: { width, height: TALL } });
      if (file === PASTED) await routePastedElementPage(context, 'en');
      const page = await context.newPage();
      const errors = [];
      page.on('console', (m) => ['error', 'warning'].includes(m.type()) && errors.push(m.text()));
      await page.addInitScript(() => {
        window.layoutShift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShift += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${server.url}/${file}`);
      if (file === PASTED) {
        await page.waitForFunction(() => document.querySelector('deal-explainer')?.shadowRoot?.querySelector('[data-deal-explainer]')?.dataset.state === 'interactive');
      } else {
        await interactive(page);
      }
      const box = await page.locator('.dx').boundingBox();
      assert.ok(box.y >= 0 && box.y + box.height <= TALL, `the widget is in view (${Math.round(box.y)} to ${Math.round(box.y + box.height)} px)`);
      // The window in which a late style, font or re-render would move something.
      await page.waitForTimeout(2000);
      const shift = await page.evaluate(() => window.layoutShift);
      console.log(`# CLS ${file} ${width}px: ${shift.toFixed(4)}`);
      // Not a pixel: in a viewport this tall, a 40 px jump of the whole widget scores only 0.003.
      assert.equal(shift, 0, `layout shift ${shift}`);
      assert.deepEqual(errors, [], 'no hydration warnings or errors');
      await context.close();
    });
  }
}

/** Serves the pasted element's host page in `lang` to `context`. */
async function routePastedElementPage(context, lang) {
  await context.route(`${server.url}/${PASTED}`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: pastedElementPage(lang) }),
  );
}

/** The prerendered `<deal-explainer>` a host pastes, served from this test server. */
function pastedElementPage(lang) {
  const markup = fs.readFileSync(path.join(DIST, `deal-explainer.${lang}.html`), 'utf8');
  // The build wrote absolute URLs for the address it was told it would be served from.
  const base = markup.match(/href="(https?:\/\/[^"]*\/)deal-explainer\.css"/)[1];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head>
<body><h1>A newsroom page</h1>${markup.replaceAll(base, `${server.url}/`)}</body></html>`;
}

for (const javaScriptEnabled of [false, true]) {
  test(`a pasted prerendered <deal-explainer> ${javaScriptEnabled ? 'hydrates in place' : 'is readable with JavaScript off'}`, async () => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const errors = [];
    page.on('console', (message) => ['error', 'warning'].includes(message.type()) && errors.push(message.text()));
    const url = `${server.url}/${PASTED}`;
    await routePastedElementPage(context, 'nl');
    if (javaScriptEnabled) {
      // The node the server rendered, remembered before the module starts.
      await context.addInitScript(() =>
        document.addEventListener('DOMContentLoaded', () => {
          window.prerendered = document.querySelector('deal-explainer').shadowRoot.querySelector('.dx');
        }),
      );
    }
    await page.goto(url);
    if (javaScriptEnabled) {
      await page.waitForFunction(
        () => document.querySelector('deal-explainer').shadowRoot.querySelector('[data-deal-explainer]').dataset.state === 'interactive',
      );
      assert.ok(await page.evaluate(() => window.prerendered === document.querySelector('deal-explainer').shadowRoot.querySelector('.dx')), 'the prerendered markup was kept, not replaced');
      assert.equal(await page.locator('.dx [role=tablist]').isVisible(), true);
      // Taken out and put back (as a CMS editor's preview might), it renders anew.
      await page.evaluate(async () => {
        const element = document.querySelector('deal-explainer');
        element.remove();
        await new Promise((resolve) => setTimeout(resolve, 50));
        document.body.append(element);
      });
      await page.waitForFunction(
        () => document.querySelector('deal-explainer').shadowRoot.querySelector('[data-deal-explainer]').dataset.state === 'interactive',
      );
      assert.equal(await page.locator('.dx').getAttribute('lang'), 'nl');
    } else {
      await assertEverythingReadable(page, locales.nl);
      assert.equal(await page.locator('.dx [role=tablist]').isVisible(), false, 'tabs need JavaScript, so they are hidden');
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the iframe page asked for Dutch, terms and dark is prerendered that way: nothing changes on hydration', async () => {
  const context = await browser.newContext();
  // What the reader sees before the WebAssembly: the widget as first parsed.
  await context.addInitScript(() =>
    document.addEventListener('DOMContentLoaded', () => {
      const dx = document.querySelector('.dx');
      window.asParsed = { lang: dx.lang, theme: dx.dataset.theme, tab: dx.querySelector('[role=tab][aria-selected=true]').textContent, markup: dx.outerHTML };
    }),
  );
  const page = await context.newPage();
  await page.goto(`${server.url}/${EMBED_VARIANT}`);
  await interactive(page);
  const { story } = locales.nl;
  const asParsed = await page.evaluate(() => window.asParsed);
  // Hydration adopted the markup as it was: not a node, attribute or word differs.
  assert.equal(await page.evaluate(() => document.querySelector('.dx').outerHTML), asParsed.markup, 'the widget after hydration is the widget as first parsed');
  assert.equal(asParsed.lang, 'nl');
  assert.equal(asParsed.theme, 'dark');
  assert.match(asParsed.tab, new RegExp(`${story.terms.label}$`));
  // The parameters stay in the address for the page's own scripts (height messages, Pym's id).
  assert.match(page.url(), /\/embed\.nl\.terms\.dark\.html\?lang=nl&tab=terms&theme=dark$/);
  await context.close();
});

test('the iframe page without `lang` opens in the reader’s browser language from the first paint', async () => {
  for (const [locale, lang] of [['nl-BE', 'nl'], ['fr-FR', 'en']]) {
    const context = await browser.newContext({ locale });
    await context.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => {
        window.asParsed = document.querySelector('.dx').lang;
      }),
    );
    const page = await context.newPage();
    await page.goto(`${server.url}/embed.html?tab=terms`);
    await interactive(page);
    assert.equal(await page.evaluate(() => window.asParsed), lang, `${locale}: the language first parsed`);
    assert.equal(await page.locator('.dx').getAttribute('lang'), lang, `${locale}: the language once interactive`);
    assert.ok(await page.locator('.dx').getByRole('heading', { name: locales[lang].story.headline }).isVisible(), `${locale}: headline`);
    await context.close();
  }
});

test('a pasted prerendered <deal-explainer> whose WebAssembly cannot load stays readable, all of it', async () => {
  const context = await browser.newContext();
  await context.route('**/*.wasm', (route) => route.abort());
  const url = `${server.url}/hosts/pasted-prerendered.html`;
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: pastedElementPage('en') }));
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(url);
  await page.waitForFunction(() =>
    [...document.querySelector('deal-explainer').shadowRoot.styleSheets].some((s) => /widget-static\.[0-9a-f]{10}\.css$|deal-explainer-static\.css$/.test(s.href ?? '')),
  );
  await assertEverythingReadable(page, locales.en);
  assert.equal(errors.filter((e) => e.startsWith('deal-explainer:')).length, 1, errors.join('\n'));
  await context.close();
});

// The widget embedded in pages we do not control (tests/hosts/): the self-sizing iframe with
// our host script, Pym and AMP hosts, the custom element in its shadow root, hostile CSS, a
// strict Content-Security-Policy, five instances on one page, and the dialog's snippets.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test, open, interactive, saveScreenshot, settled, eventually, expectAttribute, DIST, setUp } from './harness.mjs';
import { loadContent } from './content.mjs';
import { elementWidget, expectShown, fitted, frameWidget, shown, strictCsp, tabLabel } from './widgets.mjs';

const { locales } = loadContent();
const DESKTOP = { viewport: { width: 1300, height: 1000 } };
// The CSP page gets its policy as a header too, which (unlike the meta tag) also covers
// everything the page does before its <head> is parsed.
// A host that also enforces Trusted Types, and names our policy as the README asks.
const TRUSTED_TYPES = "require-trusted-types-for 'script'; trusted-types deal-explainer";
const { server, cross, site, browser } = await setUp({
  headers: (path, widget) => {
    if (path === '/hosts/csp.html') return { 'content-security-policy': strictCsp(widget) };
    if (path === '/hosts/trusted-types.html') return { 'content-security-policy': `${strictCsp(widget)}; ${TRUSTED_TYPES}` };
    return {};
  },
});
cross.page(
  'trusted-types.html',
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article enforcing Trusted Types — test host</title>
  <link rel="icon" href="icon.svg"><script type="module" src="{{WIDGET}}/deal-explainer.js"></script></head>
  <body><h1>Article enforcing Trusted Types</h1><deal-explainer lang="en" tab="design"></deal-explainer></body></html>`,
);

for (const origin of ['same', 'other']) {
  test(`every host page shows the widget in the language and tab its embed asks for, without errors (widget on the ${origin} origin)`, async () => {
    const host = origin === 'same' ? server : cross;
    const pages = {
      'plain.html': { elements: [['deal-explainer', 'en', 'design']], frames: [['en', 'design']] },
      'hostile.html': { elements: [['deal-explainer', 'en', 'design']], frames: [['en', 'design']] },
      'csp.html': { elements: [['deal-explainer', 'en', 'design']], frames: [['en', 'design']] },
      'pym.html': { elements: [], frames: [['nl', 'terms']] },
      'amp.html': { elements: [], frames: [['en', 'supply-chain']] },
      'five.html': {
        elements: [
          ['#one', 'en', 'design'],
          ['#two', 'nl', 'terms'],
          ['#three', 'en', 'supply-chain'],
          ['#four', 'nl', 'components'],
          ['#five', 'en', 'terms'],
        ],
        frames: [],
      },
    };
    for (const [name, { elements, frames }] of Object.entries(pages)) {
      const { page, context, log } = await open(browser, `${host.url}/hosts/${name}`, DESKTOP);
      for (const [selector, lang, tab] of elements) {
        const widget = await elementWidget(page, selector);
        await expectShown(widget, lang, tab, `${name} ${selector}`);
        assert.ok(await widget.getByRole('heading', { name: locales[lang].story.headline }).isVisible(), `${name}: headline`);
      }
      for (const [index, [lang, tab]] of frames.entries()) {
        const { iframe, frame } = await frameWidget(page, index);
        await expectShown(frame.locator('.dx'), lang, tab, `${name} iframe`);
        await fitted(iframe, frame, `${name} iframe`);
      }
      await page.screenshot({ path: saveScreenshot(`host-${origin}-${name.replace('.html', '')}.png`), fullPage: true });
      assert.deepEqual(log.errors, [], `${name}: console errors`);
      assert.deepEqual(log.external, [], `${name}: requests to other sites`);
      await context.close();
    }
  });
}

test('the iframe follows its content as the reader moves: it grows, shrinks and never scrolls', async () => {
  const { page, context, log } = await open(browser, `${server.url}/hosts/plain.html`, DESKTOP);
  await page.evaluate(() => {
    // Everything the iframe tells the host page, to prove it reports changes, not a clock.
    window.heightMessages = [];
    addEventListener('message', (event) => event.data?.type === 'deal-explainer:height' && window.heightMessages.push(event.data.height));
  });
  const { iframe, frame } = await frameWidget(page);
  const widget = frame.locator('.dx');
  const heights = [(await fitted(iframe, frame, 'at start')).outer];
  const step = async (what, action) => {
    await action();
    heights.push((await fitted(iframe, frame, what)).outer);
  };

  for (const tab of ['terms', 'components', 'supply-chain', 'design']) {
    await step(`tab ${tab}`, () => widget.getByRole('tab', { name: tabLabel('en', tab) }).click());
  }
  // The compact layout keeps the reader questions one tap away.
  await step('questions opened', () => widget.getByRole('button', { name: locales.en.ui.questions_heading, exact: true }).click());
  const question = widget.locator('.dx-questions .dx-disclosure__toggle').first();
  await step('question opened', () => question.click());
  await step('question closed', () => question.click());
  await step('in Dutch', () => widget.locator('.dx-lang__option', { hasText: locales.nl.ui.language_name }).click());
  await step('Dutch terms tab', () => widget.getByRole('tab', { name: tabLabel('nl', 'terms') }).click());
  await step('narrower column', () => page.locator('.embeds').evaluate((grid) => grid.style.setProperty('grid-template-columns', '600px 360px')));

  const changes = heights.slice(1).map((h, i) => h - heights[i]);
  console.log(`# iframe heights: ${heights.join(' → ')}`);
  assert.ok(changes.some((d) => d > 2), 'the iframe grew at some step');
  assert.ok(changes.some((d) => d < -2), 'the iframe shrank at some step');

  // Quiet when nothing changes: no polling.
  const before = await page.evaluate(() => window.heightMessages.length);
  await page.waitForTimeout(1500);
  assert.equal(await page.evaluate(() => window.heightMessages.length), before, 'no messages while nothing changes');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('an iframe created hidden and shown later, and one under `iframe { height: 100% }`, fit their content', async () => {
  const { page, context, log } = await open(browser, `${server.url}/hosts/plain.html`, DESKTOP);
  await page.evaluate(() => {
    const box = document.createElement('div');
    box.id = 'later';
    box.hidden = true;
    const iframe = document.createElement('iframe');
    // A prerendered variant linked directly (no parameters): still ours, still itself.
    iframe.src = '/embed.nl.components.auto.html';
    iframe.title = 'Later';
    box.append(iframe);
    document.querySelector('#frame-slot').append(box);
  });
  const { iframe, frame } = await frameWidget(page, 1);
  await page.locator('#later').evaluate((box) => (box.hidden = false));
  await fitted(iframe, frame, 'shown after loading hidden');
  await expectShown(frame.locator('.dx'), 'nl', 'components', 'the variant page');
  await context.close();

  const hostile = await open(browser, `${server.url}/hosts/hostile.html`, DESKTOP);
  const forced = await frameWidget(hostile.page);
  // The host's rule is in force: any other iframe there takes its box's height.
  const forcedHeight = await hostile.page.evaluate(() => {
    const box = document.createElement('div');
    box.style.height = '77px';
    const other = box.appendChild(document.createElement('iframe'));
    document.body.append(box);
    const height = other.clientHeight;
    box.remove();
    return height;
  });
  assert.equal(forcedHeight, 77, 'the host page forces iframe heights');
  await fitted(forced.iframe, forced.frame, 'under iframe { height: 100% !important }');
  assert.deepEqual([...log.errors, ...hostile.log.errors], []);
  await hostile.context.close();
});

test('in the iframe, the embed dialog opens beside its button, not in the middle of the tall frame', async () => {
  const { page, context, log } = await open(browser, `${server.url}/hosts/plain.html`, DESKTOP);
  const { frame } = await frameWidget(page);
  const button = frame.locator('.dx').getByRole('button', { name: locales.en.ui.embed_button });
  await button.click();
  const dialog = frame.getByRole('dialog', { name: locales.en.ui.embed_heading });
  await dialog.waitFor();
  const [buttonBox, dialogBox] = [await button.boundingBox(), await dialog.boundingBox()];
  // Both in page coordinates: the dialog starts near the button, which the reader just used.
  assert.ok(Math.abs(dialogBox.y - buttonBox.y) < 400, `dialog at ${dialogBox.y}px, its button at ${buttonBox.y}px`);
  assert.ok(await dialog.getByRole('button', { name: locales.en.ui.copy_button }).first().isVisible());
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('Pym and AMP hosts size the iframe from its messages, with no code of ours on the page', async () => {
  for (const [name, start] of [['pym.html', 150], ['amp.html', 300]]) {
    const { page, context, log } = await open(browser, `${server.url}/hosts/${name}`, DESKTOP);
    const { iframe, frame } = await frameWidget(page);
    const fittedAtStart = await fitted(iframe, frame, name);
    assert.ok(fittedAtStart.outer > start * 3, `${name}: grew from its ${start} px`);
    const lang = await frame.locator('.dx').getAttribute('lang');
    await frame.locator('.dx').getByRole('tab', { name: tabLabel(lang, 'design') }).click();
    await fitted(iframe, frame, `${name} after a tab change`);
    assert.deepEqual(log.errors, [], name);
    await context.close();
  }
});

/** How many pixels of two (nearly) same-sized PNGs differ visibly, decoded by the browser. */
async function differingPixels(pngA, pngB) {
  const page = await browser.newPage();
  const result = await page.evaluate(
    async ([a, b]) => {
      const decode = async (base64) => createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
      const [imageA, imageB] = await Promise.all([decode(a), decode(b)]);
      // A box at a fractional position may be captured a pixel taller; more is a real change.
      if (Math.abs(imageA.width - imageB.width) > 1 || Math.abs(imageA.height - imageB.height) > 1) {
        return { size: [`${imageA.width}x${imageA.height}`, `${imageB.width}x${imageB.height}`] };
      }
      const [width, height] = [Math.min(imageA.width, imageB.width), Math.min(imageA.height, imageB.height)];
      const pixels = (image) => {
        const canvas = new OffscreenCanvas(width, height);
        const context = canvas.getContext('2d');
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, width, height).data;
      };
      const [da, db] = [pixels(imageA), pixels(imageB)];
      // Compared as captured and shifted by a row either way (the same sub-pixel rounding);
      // the best alignment counts.
      const differingAt = (shift) => {
        let differing = 0;
        for (let y = Math.max(0, -shift); y < Math.min(height, height - shift); y += 1) {
          for (let x = 0; x < width; x += 1) {
            const [i, j] = [4 * (y * width + x), 4 * ((y + shift) * width + x)];
            const delta = Math.max(Math.abs(da[i] - db[j]), Math.abs(da[i + 1] - db[j + 1]), Math.abs(da[i + 2] - db[j + 2]));
            if (delta > 24) differing += 1;
          }
        }
        return differing;
      };
      return { differing: Math.min(differingAt(-1), differingAt(0), differingAt(1)), total: width * height };
    },
    [pngA.toString('base64'), pngB.toString('base64')],
  );
  await page.close();
  return result;
}

test('on a page with hostile global CSS both embeds look exactly as on a plain page', async () => {
  const shots = {};
  for (const name of ['plain', 'hostile']) {
    const { page, context } = await open(browser, `${server.url}/hosts/${name}.html`, DESKTOP);
    const element = await elementWidget(page);
    const { frame } = await frameWidget(page);
    await page.evaluate(() => document.fonts.ready);
    shots[name] = {
      element: await element.screenshot({ path: saveScreenshot(`embed-element-${name}.png`) }),
      frame: await frame.locator('.dx').screenshot({ path: saveScreenshot(`embed-iframe-${name}.png`) }),
    };
    await context.close();
  }
  for (const kind of ['element', 'frame']) {
    const diff = await differingPixels(shots.plain[kind], shots.hostile[kind]);
    assert.equal(diff.size, undefined, `${kind}: the same size on both pages (${diff.size})`);
    console.log(`# ${kind}: ${diff.differing} of ${diff.total} pixels differ`);
    // Anti-aliasing may differ in a pixel or two; anything the host's CSS did would change thousands.
    assert.ok(diff.differing <= diff.total / 10000, `${kind}: the hostile page changed how the widget looks`);
  }
});

for (const origin of ['same', 'other']) {
  test(`under a strict Content-Security-Policy naming the widget's origin nothing is blocked, in the page or the iframe (widget on the ${origin} origin)`, async () => {
    const host = origin === 'same' ? server : cross;
    const context = await browser.newContext(DESKTOP);
    // Runs in the page and in every frame before their own scripts.
    await context.addInitScript(() => {
      addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`),
      );
    });
    const page = await context.newPage();
    const errors = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${host.url}/hosts/csp.html`);
    const element = await elementWidget(page);
    const { frame } = await frameWidget(page);
    // Open what renders later too: the embed dialog, a citation, the Dutch text.
    await element.getByRole('button', { name: locales.en.ui.embed_button }).click();
    const dialog = element.getByRole('dialog');
    await dialog.getByText(locales.en.ui.embed_iframe_label, { exact: false }).first().waitFor({ timeout: 15000 }); // the dialog shows its snippets
    await dialog.getByRole('button', { name: locales.en.ui.close_button }).click();
    await frame.locator('.dx-lang__option', { hasText: locales.nl.ui.language_name }).click();
    await eventually(async () => (await frame.locator('.dx').getAttribute('lang')) === 'nl' && (await frame.getByRole('heading', { name: locales.nl.story.headline }).isVisible()), 'the frame shows Dutch');
    const citation = frame.locator('.dx .dx-cite__toggle:visible').first();
    await citation.click();
    await expectAttribute(citation, 'aria-expanded', 'true', 'the citation opened');
    assert.ok(await frame.locator(`#${await citation.getAttribute('aria-controls')}`).isVisible(), 'its sources show');
    // Violations are reported in a task after the work that caused them.
    await settled(frame);
    await settled(page);
    assert.deepEqual(errors, [], 'violations and errors');
    // The policy is in force in the page and the frame, and a violation would have been seen.
    // (The page has its policy twice, as a header and a meta tag: each reports.)
    for (const [where, name] of [[page, 'the page'], [frame, 'the iframe']]) {
      const before = errors.length;
      await where.evaluate(() => document.head.append(Object.assign(document.createElement('script'), { textContent: 'window.inlineRan = true' })));
      await settled(where);
      assert.equal(await where.evaluate(() => window.inlineRan), undefined, `an inline script is blocked in ${name}`);
      assert.ok(errors.slice(before).some((e) => e.startsWith('CSP violation: script-src')), `the block in ${name} was reported`);
    }
    await context.close();
  });
}

test('on a page that enforces Trusted Types and names our policy, the element gets its prerendered text and nothing is blocked', async () => {
  const context = await browser.newContext(DESKTOP);
  await context.addInitScript(() => {
    addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.sample}`));
  });
  const page = await context.newPage();
  const messages = [];
  page.on('console', (message) => ['error', 'warning'].includes(message.type()) && messages.push(message.text()));
  await page.goto(`${cross.url}/hosts/trusted-types.html`);
  const widget = await elementWidget(page);
  await widget.getByRole('heading', { name: locales.en.story.headline }).waitFor();
  await settled(page);
  // Without our policy the prerendered text is refused: a violation, and a warning that the
  // text could not load (the module then renders it itself).
  assert.deepEqual(messages, [], 'no violation, no warning');
  // The policy is in force, and a refusal would have been seen.
  const refused = await page.evaluate(() => {
    try {
      document.createElement('div').innerHTML = '<b>x</b>';
      return false;
    } catch {
      return true;
    }
  });
  assert.ok(refused, 'a string where the page wants trusted HTML is refused');
  await settled(page);
  assert.ok(messages.some((m) => m.startsWith('CSP violation: require-trusted-types-for')), messages.join('\n'));
  await context.close();
});

test('five instances on one page each keep their own state; attributes change them live', async () => {
  const { page, context, log } = await open(browser, `${server.url}/hosts/five.html`, DESKTOP);
  const ids = ['#one', '#two', '#three', '#four', '#five'];
  const widgets = {};
  // One after the other: each loads when scrolled near.
  for (const id of ids) widgets[id] = await elementWidget(page, id);
  const states = async () => Object.fromEntries(await Promise.all(ids.map(async (id) => [id, await shown(widgets[id])])));

  const expectOnly = async (changed, action) => {
    const before = await states();
    await action();
    const after = await states();
    for (const id of ids) {
      if (id === changed) assert.notDeepEqual(after[id], before[id], `${id} changed`);
      else assert.deepEqual(after[id], before[id], `${id} kept its state`);
    }
    return after[changed];
  };

  await expectOnly('#one', () => widgets['#one'].getByRole('tab', { name: tabLabel('en', 'terms') }).click());
  await expectOnly('#two', () => widgets['#two'].locator('.dx-lang__option', { hasText: locales.en.ui.language_name }).click());
  await expectOnly('#three', () => widgets['#three'].getByRole('tab', { name: tabLabel('en', 'components') }).press('ArrowRight'));
  const byAttribute = await expectOnly('#four', () =>
    page.locator('#four').evaluate((el) => {
      el.setAttribute('lang', 'en');
      el.setAttribute('tab', 'design');
      el.setAttribute('theme', 'dark');
    }),
  );
  assert.deepEqual(byAttribute, { lang: 'en', tab: tabLabel('en', 'design'), theme: 'dark' });

  // The script was included twice; the element is defined once and the page has no globals of ours.
  const globals = await page.evaluate(() => {
    const blank = document.createElement('iframe');
    document.body.append(blank);
    const own = new Set(Object.getOwnPropertyNames(blank.contentWindow));
    blank.remove();
    return Object.getOwnPropertyNames(window).filter((name) => !own.has(name));
  });
  assert.deepEqual(globals, [], 'no globals');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('an element moved on the page keeps its state; one removed and added again starts afresh', async () => {
  const { page, context, log } = await open(browser, `${server.url}/hosts/five.html`, DESKTOP);
  const one = await elementWidget(page, '#one');
  await one.getByRole('tab', { name: tabLabel('en', 'terms') }).click();
  await page.evaluate(() => document.body.append(document.querySelector('#one')));
  await expectShown(await elementWidget(page, '#one'), 'en', 'terms', 'moved');

  // The reader moves #two (nl, terms) to another tab; removed and added again, it shows what
  // its attributes ask for, not where the reader left it.
  const two = await elementWidget(page, '#two');
  await two.getByRole('tab', { name: tabLabel('nl', 'components') }).click();
  await expectShown(two, 'nl', 'components', 'moved by the reader');
  await page.evaluate(async () => {
    const element = document.querySelector('#two');
    element.remove();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    document.body.append(element);
  });
  await expectShown(await elementWidget(page, '#two'), 'nl', 'terms', 're-added');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a broken attribute falls back to the default and says so in the console', async () => {
  const { page, context, log } = await open(browser, `${server.url}/hosts/plain.html`, DESKTOP);
  await page.evaluate(() => {
    const element = document.createElement('deal-explainer');
    element.id = 'broken';
    element.setAttribute('lang', 'xx');
    element.setAttribute('tab', 'no-such-tab');
    element.setAttribute('theme', 'neon');
    document.querySelector('#element-slot').append(element);
  });
  const widget = await elementWidget(page, '#broken');
  assert.deepEqual(await shown(widget), { lang: 'en', tab: tabLabel('en', locales.en.story.pillars[0].id), theme: 'auto' });
  for (const value of ['xx', 'no-such-tab', 'neon']) {
    assert.ok(log.warnings.some((w) => w.includes('deal-explainer') && w.includes(value)), `a warning names "${value}"`);
  }
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('theme: auto follows the reader’s colour scheme, light and dark are forced, hosts can recolour', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, context } = await open(browser, `${server.url}/hosts/five.html`, { ...DESKTOP, colorScheme });
    const look = async (id) =>
      (await elementWidget(page, id)).evaluate((dx) => {
        const style = getComputedStyle(dx);
        return { background: style.backgroundColor, scheme: style.colorScheme };
      });
    const [auto, dark, light] = [await look('#five'), await look('#three'), await look('#four')];
    assert.equal(dark.scheme, 'dark');
    assert.equal(light.scheme, 'light');
    assert.notEqual(dark.background, light.background);
    assert.deepEqual(auto, colorScheme === 'dark' ? dark : light, `auto under a ${colorScheme} scheme`);

    if (colorScheme === 'light') {
      const selectedTab = page.locator('#one [role=tab][aria-selected=true]');
      const before = await selectedTab.evaluate((tab) => getComputedStyle(tab).backgroundColor);
      await page.locator('#one').evaluate((el) => el.style.setProperty('--dx-accent', 'rgb(200, 0, 0)'));
      assert.notEqual(before, 'rgb(200, 0, 0)');
      // (after the tab's colour transition)
      await selectedTab.evaluate((tab) => Promise.all(tab.getAnimations().map((a) => a.finished)));
      assert.equal(await selectedTab.evaluate((tab) => getComputedStyle(tab).backgroundColor), 'rgb(200, 0, 0)');
    }
    await context.close();
  }
});

test('snippets copied from the embed dialog, pasted into a fresh page, show the same language and tab', async () => {
  const context = await browser.newContext({ ...DESKTOP, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(`${server.url}/#deal-explainer=nl,terms`);
  await interactive(page);
  const { ui } = locales.nl;
  await page.locator('.dx').getByRole('button', { name: ui.embed_button }).click();
  const dialog = page.getByRole('dialog', { name: ui.embed_heading });
  const copies = dialog.getByRole('button', { name: ui.copy_button });
  assert.equal(await copies.count(), 2);

  for (let i = 0; i < 2; i += 1) {
    await copies.nth(i).click();
    await dialog.getByText(ui.copied_message).waitFor();
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    const url = `${server.url}/hosts/pasted-${i}.html`;
    await context.route(url, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body><h1>A newsroom page</h1>\n${snippet}\n</body></html>`,
      }),
    );
    const pasted = await context.newPage();
    const errors = [];
    pasted.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await pasted.goto(url);
    if (snippet.includes('<iframe')) {
      const { iframe, frame } = await frameWidget(pasted);
      await expectShown(frame.locator('.dx'), 'nl', 'terms', 'pasted iframe');
      await fitted(iframe, frame, 'pasted iframe');
    } else {
      await expectShown(await elementWidget(pasted), 'nl', 'terms', 'pasted element');
    }
    assert.deepEqual(errors, [], `pasted snippet ${i}`);
    await pasted.close();
  }
  await context.close();
});

test('oembed.json describes the iframe embed, and its HTML works where a CMS puts it', async () => {
  const oembed = JSON.parse(fs.readFileSync(path.join(DIST, 'oembed.json'), 'utf8'));
  assert.equal(oembed.version, '1.0');
  assert.equal(oembed.type, 'rich');
  assert.ok(Number.isInteger(oembed.width) && Number.isInteger(oembed.height));
  assert.equal(oembed.title, locales.en.story.headline);
  // The build wrote the address it was told the site lives at; here it lives on the test server.
  const html = oembed.html.replaceAll(oembed.provider_url, `${server.url}/`);
  const context = await browser.newContext(DESKTOP);
  const url = `${server.url}/hosts/oembed-consumer.html`;
  await context.route(url, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: `<!doctype html><title>CMS</title><p>Article</p>${html}` }),
  );
  const page = await context.newPage();
  await page.goto(url);
  const { iframe, frame } = await frameWidget(page);
  await expectShown(frame.locator('.dx'), 'en', locales.en.story.pillars[0].id, 'oEmbed iframe');
  await fitted(iframe, frame, 'oEmbed iframe');
  await context.close();
});

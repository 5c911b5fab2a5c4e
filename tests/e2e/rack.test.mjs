// The rack explorer, the generations and the timeline as readers meet them: parts opened by
// click, by tap on the drawing and by keyboard on the demo page, in the iframe and in the
// custom element; opened from a deep link, an embed parameter or attribute, and from the
// components pillar and back; at 320 px, without JavaScript, printed; in both themes.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test, open, interactive, saveScreenshot, ROOT, RESULTS, setUp, expectAttribute, eventually } from './harness.mjs';
import { loadContent } from './content.mjs';

const { locales } = loadContent();
const AXE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const DESKTOP = { viewport: { width: 1280, height: 900 } };
const { server, cross, browser } = await setUp();

/** The rack part `id`'s button and region in `widget` (a `.dx` locator). */
function part(widget, id) {
  const button = widget.locator(`.dx-rack [aria-controls="dx-${id}"]`);
  return { button, region: widget.locator(`#dx-${id}`), shape: widget.locator(`.dx-rack__part[data-part="${id}"]`) };
}

/**
 * Opens the section `id` of `widget` (the rack, with the generations; the background, with the
 * timeline) as a reader of the compact layout does: its heading's button. In the full layout,
 * in print and without JavaScript it is open.
 */
async function openSection(widget, id) {
  const toggle = widget.locator(`.dx-more [aria-controls="dx-${id}"]`);
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  await expectAttribute(toggle, 'aria-expanded', 'true', `section ${id} opens`);
}

/** Asserts that exactly part `id` of `story` is open: expanded, its words shown, drawn highlighted. */
async function assertOnlyOpen(widget, story, id, message) {
  for (const other of story.rack.parts) {
    const { button, region, shape } = part(widget, other.id);
    const expected = other.id === id;
    await expectAttribute(button, 'aria-expanded', String(expected), `${message}: ${other.id} expanded`);
    assert.equal(await region.isVisible(), expected, `${message}: ${other.id} region shown`);
    assert.equal(await shape.getAttribute('data-open'), String(expected), `${message}: ${other.id} highlighted`);
  }
  if (!id) return;
  const opened = story.rack.parts.find((p) => p.id === id);
  const { region } = part(widget, id);
  assert.ok(await region.getByText(opened.role).isVisible(), `${message}: what ${id} does`);
  assert.ok(await region.getByText(opened.story.text).isVisible(), `${message}: what the sources say`);
  assert.ok(await region.locator('.dx-cite__toggle').isVisible(), `${message}: with its citation`);
}

/**
 * A point of the drawn part `shape` (a path), well inside it, that a click would hit; relative
 * to its box as Playwright measures it (stroke included, where the DOM's box leaves it out).
 */
async function pointOn(shape) {
  await shape.scrollIntoViewIfNeeded();
  const found = await shape.evaluate((path) => {
    const [part, box] = [path.parentNode, path.getBoundingClientRect()];
    const hits = (x, y) => part.contains(path.getRootNode().elementFromPoint(x, y));
    for (let y = box.top + 2; y < box.bottom - 2; y += 1) {
      for (let x = box.left + 2; x < box.right - 2; x += 1) {
        if ([-1, 0, 1].every((dx) => [-1, 0, 1].every((dy) => hits(x + dx, y + dy)))) {
          return { x: x - box.left, y: y - box.top, width: box.width, height: box.height };
        }
      }
    }
    throw new Error(`no point of ${part.dataset.part} can be clicked`);
  });
  const outer = await shape.boundingBox();
  return { x: found.x + (outer.width - found.width) / 2, y: found.y + (outer.height - found.height) / 2 };
}

/** What has focus in `scope` (a page or frame), inside shadow roots and same-origin iframes. */
const focused = (scope) =>
  scope.evaluate(() => {
    let el = document.activeElement;
    for (;;) {
      if (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      else if (el?.tagName === 'IFRAME' && el.contentDocument) el = el.contentDocument.activeElement;
      else break;
    }
    return { controls: el?.getAttribute('aria-controls'), cls: el?.className, outline: getComputedStyle(el).outlineStyle };
  });

/**
 * A reader opens (and closes) every part by clicking its button, then by clicking the
 * drawing, then by keyboard alone: Tab from part to part, Enter or Space to open and close,
 * Tab into the open part's citation.
 */
async function exploreEveryWay(page, widget, lang, where, scope = page) {
  const { story } = locales[lang];
  await openSection(widget, 'rack');
  await widget.locator('.dx-rack').scrollIntoViewIfNeeded();
  for (const { id } of story.rack.parts) {
    await part(widget, id).button.click();
    await assertOnlyOpen(widget, story, id, `${where}, clicked ${id}`);
    await part(widget, id).button.click();
  }
  await assertOnlyOpen(widget, story, null, `${where}, all closed again`);

  for (const { id } of [...story.rack.parts].reverse()) {
    const shape = part(widget, id).shape.locator('.dx-rack__shape');
    const position = await pointOn(shape);
    await shape.click({ position });
    await assertOnlyOpen(widget, story, id, `${where}, drawing clicked on ${id}`);
    await shape.click({ position });
  }
  await assertOnlyOpen(widget, story, null, `${where}, all closed by the drawing`);

  // Into the list by keyboard (focus shows for keyboard use, not after a click).
  await part(widget, story.rack.parts[0].id).button.focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  for (const [i, { id }] of story.rack.parts.entries()) {
    const on = await focused(scope);
    assert.equal(on.controls, `dx-${id}`, `${where}: Tab reaches ${id}`);
    assert.notEqual(on.outline, 'none', `${where}: focus on ${id} is visible`);
    await page.keyboard.press(i % 2 ? 'Space' : 'Enter');
    await assertOnlyOpen(widget, story, id, `${where}, key on ${id}`);
    await page.keyboard.press('Tab');
    assert.equal((await focused(scope)).cls, 'dx-cite__toggle', `${where}: Tab goes into ${id}'s explanation`);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press(i % 2 ? 'Enter' : 'Space');
    await assertOnlyOpen(widget, story, null, `${where}, key closes ${id}`);
    await page.keyboard.press('Tab');
  }
}

test('demo page: every part opens by click, by the drawing and by keyboard, with visible focus', async () => {
  const { page, log } = await open(browser, `${server.url}/`, DESKTOP);
  await interactive(page);
  const widget = page.locator('.dx');
  await exploreEveryWay(page, widget, 'en', 'demo page');
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.warnings, []);
  await page.context().close();
});

test('iframe and custom element, on another origin: every part opens by click, by the drawing and by keyboard', async () => {
  const { page, log } = await open(browser, `${cross.url}/hosts/plain.html`, DESKTOP);
  const element = page.locator('deal-explainer');
  await element.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector('deal-explainer').shadowRoot?.querySelector('[data-deal-explainer]')?.dataset.state === 'interactive');
  await exploreEveryWay(page, element.locator('.dx'), 'en', 'custom element');

  const iframe = page.locator('#frame-slot iframe');
  await iframe.scrollIntoViewIfNeeded();
  const frame = await (await iframe.elementHandle()).contentFrame();
  await interactive(frame);
  // Every part in Dutch too: the same parts, their own words.
  await frame.locator('.dx-lang__option', { hasText: locales.nl.ui.language_name }).click();
  await exploreEveryWay(page, frame.locator('.dx'), 'nl', 'iframe', frame);
  assert.deepEqual(log.errors, []);
  await page.context().close();
});

test('a deep link, an embed parameter and an attribute open a part; an unknown one is reported', async () => {
  const { story } = locales.en;
  const pillar = story.pillars.find((p) => p.id === 'components');
  {
    const { page, log } = await open(browser, `${server.url}/#deal-explainer=en,components,cooling`, DESKTOP);
    await interactive(page);
    const widget = page.locator('.dx');
    await page.waitForFunction(() => document.querySelector('[aria-controls="dx-cooling"]').getAttribute('aria-expanded') === 'true');
    await assertOnlyOpen(widget, story, 'cooling', 'deep link');
    assert.equal(await widget.locator('[role=tab][aria-selected=true]').getAttribute('id'), `dx-tab-${pillar.id}`);
    // Another part through the fragment, as a reader following a second link on the page.
    await page.evaluate(() => (location.hash = 'deal-explainer=en,components,power'));
    await page.waitForFunction(() => document.querySelector('[aria-controls="dx-power"]').getAttribute('aria-expanded') === 'true');
    // Closing the rack's section closes the part too: the link no longer names it.
    await widget.locator('.dx-more [aria-controls="dx-rack"]').click();
    await eventually(() => new URL(page.url()).hash === '#deal-explainer=en,components', `the link names no part: ${page.url()}`);
    await openSection(widget, 'rack');
    await assertOnlyOpen(widget, story, null, 'the rack opened again');
    assert.deepEqual(log.warnings, []);
    await page.context().close();
  }
  {
    const { page, log } = await open(browser, `${server.url}/hosts/rack.html`, DESKTOP);
    const element = page.locator('deal-explainer');
    await element.scrollIntoViewIfNeeded();
    const widget = element.locator('.dx');
    await page.waitForFunction(() => document.querySelector('deal-explainer').shadowRoot?.querySelector('[aria-controls="dx-cabling"]')?.getAttribute('aria-expanded') === 'true');
    await assertOnlyOpen(widget, story, 'cabling', 'attribute');
    await page.evaluate(() => document.querySelector('deal-explainer').setAttribute('open', 'accelerators'));
    await page.waitForFunction(() => document.querySelector('deal-explainer').shadowRoot.querySelector('[aria-controls="dx-accelerators"]').getAttribute('aria-expanded') === 'true');

    const iframe = page.locator('iframe');
    await iframe.scrollIntoViewIfNeeded();
    const frame = await (await iframe.elementHandle()).contentFrame();
    await interactive(frame);
    await frame.waitForFunction(() => document.querySelector('[aria-controls="dx-networking"]').getAttribute('aria-expanded') === 'true');
    await assertOnlyOpen(frame.locator('.dx'), locales.nl.story, 'networking', 'iframe parameter');
    assert.deepEqual(log.errors, []);
    await page.context().close();
  }
  {
    const { page, log } = await open(browser, `${server.url}/embed.html?open=coolant`);
    await interactive(page);
    const warning = log.warnings.find((w) => w.includes('coolant'));
    assert.ok(warning?.startsWith('deal-explainer: '), log.warnings.join('\n'));
    assert.equal(await page.locator('.dx-rack [aria-expanded=true]').count(), 0, 'nothing opens');
    await page.context().close();
  }
});

test('the components pillar opens the parts Foxconn will make in the US, highlighted; a part leads back', async () => {
  const { page, log } = await open(browser, `${server.url}/#deal-explainer=nl,components`, { ...DESKTOP, reducedMotion: 'reduce' });
  await interactive(page);
  await page.waitForFunction(() => document.querySelector('.dx').lang === 'nl');
  const { story, ui } = locales.nl;
  const widget = page.locator('.dx');
  const panel = widget.locator('[role=tabpanel]:not([hidden])');
  const madeInUs = story.rack.parts.filter((p) => p.pillar === 'components');
  assert.equal(madeInUs.length, 4);
  const link = panel.getByRole('button', { name: ui.see_in_rack, exact: true });
  for (let twice = 0; twice < 2; twice++) {
    // Asked again, they stay open.
    await link.click();
    for (const p of story.rack.parts) {
      const made = madeInUs.includes(p);
      const { button, region, shape } = part(widget, p.id);
      await expectAttribute(button, 'aria-expanded', String(made), `${p.id} opened from the pillar`);
      assert.equal(await region.isVisible(), made);
      assert.equal(await shape.getAttribute('data-open'), String(made), `${p.id} highlighted in the drawing`);
      // Marked as made in the US, in the list and in the drawing.
      assert.equal(await button.getByText(story.rack.pillar_mark).count(), made ? 1 : 0, `${p.id} marked`);
      assert.equal(await shape.getAttribute('data-marked'), String(made));
      if (!made) assert.equal(await shape.evaluate((g) => getComputedStyle(g).opacity), '0.4', `${p.id} dimmed`);
    }
    assert.equal((await focused(page)).controls, `dx-${madeInUs[0].id}`, 'focus moves to the first of them');
  }
  // The way back: the pillar's tab is selected and focused.
  await widget.locator('[role=tab]').first().click();
  const pillar = story.pillars.find((p) => p.id === 'components');
  const index = story.pillars.indexOf(pillar) + 1;
  await part(widget, madeInUs[1].id).region.getByRole('button', { name: `${ui.back_to_pillar} ${index}: ${pillar.label}` }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'dx-tab-components');
  await expectAttribute(page.locator('#dx-tab-components'), 'aria-selected', 'true');
  // Parts no pillar names have no way back.
  const unnamed = story.rack.parts.find((p) => !p.pillar);
  await part(widget, unnamed.id).button.click();
  await part(widget, unnamed.id).region.waitFor();
  assert.equal(await part(widget, unnamed.id).region.getByRole('button', { name: new RegExp(`^${ui.back_to_pillar}`) }).count(), 0);
  assert.deepEqual(log.errors, []);
  await page.context().close();
});

/** Left edges and right edges of the bars of each generation, in px. */
const bars = (widget) =>
  widget.locator('.dx-gens__rows > li').evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll('.dx-gens__bar')].map((bar) => [bar.getBoundingClientRect().left, bar.getBoundingClientRect().right])),
  );

test('generations: drawn in parallel (overlapping), or one after another; reduced motion moves at once', async () => {
  const { page, log } = await open(browser, `${server.url}/`, { ...DESKTOP, reducedMotion: 'reduce' });
  await interactive(page);
  const { story } = locales.en;
  const widget = page.locator('.dx');
  const switcher = widget.locator('.dx-gens__switch');
  await openSection(widget, 'rack');
  await switcher.scrollIntoViewIfNeeded();
  const [parallel, sequential] = [story.generations.parallel, story.generations.sequential];
  assert.equal(await switcher.getByRole('button', { name: parallel.label }).getAttribute('aria-pressed'), 'true');
  assert.ok(await widget.getByText(parallel.description).isVisible());
  let rows = await bars(widget);
  assert.equal(rows.length, 3);
  assert.deepEqual(await widget.locator('.dx-gens__rows > li').first().locator('.dx-gens__bar').allInnerTexts(), story.generations.stages);
  // In parallel the next generation starts while the one before is still under way.
  assert.ok(rows[1][0][0] < rows[0][2][0] && rows[2][0][0] < rows[1][2][0], `overlap: ${JSON.stringify(rows)}`);

  await switcher.getByRole('button', { name: sequential.label }).click();
  await expectAttribute(switcher.getByRole('button', { name: sequential.label }), 'aria-pressed', 'true');
  assert.ok(await widget.getByText(sequential.description).isVisible());
  assert.equal(await widget.locator('.dx-gens__bar').first().evaluate((bar) => getComputedStyle(bar).transitionDuration), '0s');
  rows = await bars(widget);
  assert.ok(rows[1][0][0] >= rows[0][2][1] - 1 && rows[2][0][0] >= rows[1][2][1] - 1, `one after another: ${JSON.stringify(rows)}`);
  // No dates are drawn: the bars are illustrative.
  assert.ok(await widget.getByText(story.generations.illustration).isVisible());
  assert.doesNotMatch(await widget.locator('.dx-gens__rows').innerText(), /20\d\d/);
  assert.deepEqual(log.errors, []);
  await page.context().close();

  const moving = await open(browser, `${server.url}/`, { ...DESKTOP, reducedMotion: 'no-preference' });
  await interactive(moving.page);
  assert.notEqual(await moving.page.locator('.dx-gens__bar').first().evaluate((bar) => getComputedStyle(bar).transitionDuration), '0s');
  await moving.context.close();
});

test('the timeline dates what has a date, marks Broadcom’s window as Broadcom’s, and says what has none', async () => {
  const { page } = await open(browser, `${server.url}/`, DESKTOP);
  await interactive(page);
  await openSection(page.locator('.dx'), 'background');
  for (const code of ['en', 'nl']) {
    const { story, ui } = locales[code];
    if (code !== 'en') await page.locator('.dx-lang__option', { hasText: ui.language_name }).click();
    const marks = page.locator('.dx-timeline__marks > li');
    assert.equal(await marks.count(), story.timeline.marks.length);
    for (const [i, mark] of story.timeline.marks.entries()) {
      assert.equal(await marks.nth(i).getAttribute('data-kind'), mark.kind);
      assert.equal(await marks.nth(i).locator('.dx-timeline__when').innerText(), mark.when);
      assert.ok((await marks.nth(i).innerText()).includes(mark.text));
      assert.equal(await marks.nth(i).locator('.dx-cite__toggle').count(), 1, `mark ${mark.id} is cited`);
    }
  }
  // Broadcom's window cites the Broadcom announcement.
  const window = page.locator('.dx-timeline__marks > [data-kind=period]');
  await window.locator('.dx-cite__toggle').click();
  const broadcom = locales.nl.story.sources.find((s) => s.id === 'openai-broadcom');
  assert.ok(await window.getByText(broadcom.title).isVisible());
  await page.context().close();
});

test('at 320 px the parts are a list, without the drawing and without sideways scrolling', async () => {
  const { page, log } = await open(browser, `${server.url}/`, { viewport: { width: 320, height: 700 }, hasTouch: true, isMobile: true });
  await interactive(page);
  const widget = page.locator('.dx');
  await openSection(widget, 'rack');
  await widget.locator('.dx-rack').scrollIntoViewIfNeeded();
  assert.equal(await widget.locator('.dx-rack__figure').isVisible(), false, 'no drawing too small to read');
  const { story } = locales.en;
  const id = story.rack.parts[2].id;
  await part(widget, id).button.tap();
  await assertOnlyOpen(widget, story, id, '320 px');
  assert.ok(await page.evaluate(() => document.scrollingElement.scrollWidth <= 320), 'nothing scrolls sideways');
  await widget.locator('.dx-rack').screenshot({ path: saveScreenshot('rack-320.png') });
  assert.deepEqual(log.errors, []);
  await page.context().close();
});

/** Everything the rack, generations and timeline say is on screen (or on paper). */
async function assertAllShown(widget, { story }, what) {
  assert.ok(await widget.locator('.dx-rack__drawing').isVisible(), `${what}: the drawing`);
  for (const p of story.rack.parts) {
    assert.ok(await widget.getByText(p.role).isVisible(), `${what}: what ${p.id} does`);
    assert.ok(await widget.getByText(p.story.text).isVisible(), `${what}: what the sources say about ${p.id}`);
  }
  for (const mark of story.timeline.marks) assert.ok(await widget.getByText(mark.text).isVisible(), `${what}: mark ${mark.id}`);
  assert.ok(await widget.getByText(story.generations.parallel.description).isVisible(), `${what}: the generations`);
  assert.equal(await widget.locator('.dx-gens__switch').isVisible(), false, `${what}: no switch that cannot work`);
}

test('with JavaScript off and printed, the drawing comes with every part and its explanation', async () => {
  const off = await open(browser, `${server.url}/`, { ...DESKTOP, javaScriptEnabled: false });
  await assertAllShown(off.page.locator('.dx'), locales.en, 'JavaScript off');
  await off.context.close();

  const { page } = await open(browser, `${server.url}/embed.html?lang=nl`, DESKTOP);
  await interactive(page);
  await page.emulateMedia({ media: 'print' });
  await assertAllShown(page.locator('.dx'), locales.nl, 'print');
  // And on paper: the PDF's text has every part's words.
  const pdf = path.join(RESULTS, 'rack-print.pdf');
  fs.mkdirSync(RESULTS, { recursive: true });
  await page.pdf({ path: pdf, format: 'A4' });
  // (In the order it was written, compared without whitespace: lines on paper break where they like.)
  const squeeze = (text) => text.replace(/\s+/g, '');
  const text = squeeze(execFileSync('pdftotext', ['-raw', pdf, '-']).toString());
  for (const p of locales.nl.story.rack.parts) {
    assert.ok(text.includes(squeeze(p.label)), `printed: ${p.label}`);
    assert.ok(text.includes(squeeze(p.role)), `printed: what ${p.id} does`);
    assert.ok(text.includes(squeeze(p.story.text)), `printed: what the sources say about ${p.id}`);
  }
  await page.context().close();
});

/** Runs axe (WCAG 2.1 A and AA) on `page`; returns "rule: element" lines. */
async function violations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  const result = await page.evaluate(() => axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

for (const colorScheme of ['light', 'dark']) {
  test(`axe finds nothing with a part open, in the ${colorScheme} theme; screenshots`, async () => {
    const found = [];
    const { page } = await open(browser, `${server.url}/`, { ...DESKTOP, colorScheme });
    await interactive(page);
    const widget = page.locator('.dx');
    for (const code of ['en', 'nl']) {
      const { story, ui } = locales[code];
      if (code !== 'en') await widget.locator('.dx-lang__option', { hasText: ui.language_name }).click();
      // (What is open stays open in the other language.)
      for (const id of ['rack', 'background']) await openSection(widget, id);
      const made = story.rack.parts.find((p) => p.pillar);
      if (code === 'en') await part(widget, made.id).button.click();
      const cite = part(widget, made.id).region.locator('.dx-cite__toggle');
      if ((await cite.getAttribute('aria-expanded')) === 'false') await cite.click();
      await expectAttribute(cite, 'aria-expanded', 'true');
      assert.equal(await part(widget, made.id).region.isVisible(), true);
      await widget.locator('.dx-gens__switch button').last().click();
      found.push(...(await violations(page)).map((v) => `${code}: ${v}`));
      if (code === 'en') {
        await widget.locator('.dx-rack').screenshot({ path: saveScreenshot(`rack-${colorScheme}.png`) });
        await widget.locator('.dx-gens').screenshot({ path: saveScreenshot(`generations-${colorScheme}.png`) });
        await widget.locator('.dx-timeline').screenshot({ path: saveScreenshot(`timeline-${colorScheme}.png`) });
      }
    }
    // The custom element, in its shadow root.
    const host = await open(browser, `${server.url}/hosts/rack.html`, { ...DESKTOP, colorScheme });
    await host.page.locator('deal-explainer').scrollIntoViewIfNeeded();
    await host.page.waitForFunction(() => document.querySelector('deal-explainer').shadowRoot?.querySelector('[data-deal-explainer]')?.dataset.state === 'interactive');
    await host.page.locator('iframe').scrollIntoViewIfNeeded();
    await interactive(await (await host.page.locator('iframe').elementHandle()).contentFrame());
    found.push(...(await violations(host.page)).map((v) => `host page: ${v}`));
    assert.deepEqual(found, []);
    await host.context.close();
    await page.context().close();
  });
}

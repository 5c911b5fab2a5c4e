// The compact layout (the default): headline, toolbar, tabs and the open panel on a phone's
// first screen, the rest one tap away; `layout=full` for the long form; `open=` and the deep
// link's third field for a section to open at once.
import assert from 'node:assert/strict';
import { test, open, interactive, setUp, eventually, expectAttribute } from './harness.mjs';
import { loadContent } from './content.mjs';
import { openWidget, openSections } from './modes.mjs';

const { locales } = loadContent();
const { server, browser } = await setUp();

/** The limits of issue 16, by viewport width: where the tabs start, and the whole height. */
const LIMITS = { 360: { tabs: 450, height: 1600 }, 768: { height: 1100 }, 1280: { height: 1100 } };

/** Height of the widget and where its tab list starts, from the widget's top, in CSS px. */
const measure = (widget) =>
  widget.evaluate((dx) => {
    const top = dx.getBoundingClientRect().top;
    return {
      height: Math.round(dx.getBoundingClientRect().height),
      tabs: Math.round(dx.querySelector('[role=tablist]').getBoundingClientRect().top - top),
    };
  });

/** Section toggles of the compact layout: the details summary, then rack … sources. */
const sectionToggles = (widget) => widget.locator(':is(:scope > .dx-disclosure, .dx-more > .dx-disclosure) > * > button');

test('compact by default: the tabs on the first phone screen, the widget within the limits', async () => {
  const over = [];
  for (const width of Object.keys(LIMITS).map(Number)) {
    for (const lang of ['en', 'nl']) {
      for (const mode of ['iframe', 'element']) {
        const { context, widget, log } = await openWidget(browser, server, mode, {
          settings: { lang },
          viewport: { width, height: 780 },
        });
        const { height, tabs } = await measure(widget);
        console.log(`# ${mode} ${lang} ${width}px: ${height} px tall, tabs at ${tabs} px`);
        const limit = LIMITS[width];
        if (height > limit.height) over.push(`${mode} ${lang} ${width}px: ${height} px tall (limit ${limit.height})`);
        if (limit.tabs && tabs > limit.tabs) over.push(`${mode} ${lang} ${width}px: tabs at ${tabs} px (limit ${limit.tabs})`);
        assert.equal(await widget.getAttribute('data-layout'), 'compact');
        assert.deepEqual(log.errors, []);
        await context.close();
      }
    }
  }
  assert.deepEqual(over, []);
});

test('each section opens with one tap, grows the iframe, and moves nothing above it', async () => {
  const { page, context, log } = await open(browser, `${server.url}/hosts/plain.html`, { viewport: { width: 1300, height: 1000 } });
  const iframe = page.locator('iframe').first();
  const frame = await (await iframe.elementHandle()).contentFrame();
  await interactive(frame);
  const widget = frame.locator('.dx');
  const fits = () =>
    page.waitForFunction(() => {
      const element = document.querySelector('iframe');
      const content = element.contentDocument?.body?.getBoundingClientRect().height;
      return content > 0 && Math.abs(element.clientHeight - content) <= 2;
    });
  await fits();
  const tabsTop = () => widget.locator('[role=tablist]').evaluate((list) => list.getBoundingClientRect().top);
  const toggles = sectionToggles(widget);
  const count = await toggles.count();
  const { story } = locales.en;
  const optional = [story.rack, story.claims.length].filter(Boolean).length;
  assert.equal(count, 1 + 4 + optional, 'the details, four sections and those the story has (rack, claims)');
  // The sections after the tabs, opened from the last up: what is above each never moves.
  for (let i = count - 1; i >= 1; i -= 1) {
    const toggle = toggles.nth(i);
    const region = frame.locator(`#${await toggle.getAttribute('aria-controls')}`);
    // Positions in the iframe's own page (the host page scrolls as the reader goes down).
    const top = () => toggle.evaluate((el) => el.getBoundingClientRect().top);
    const [before, tabs, height] = [await top(), await tabsTop(), await iframe.evaluate((f) => f.clientHeight)];
    assert.equal(await region.isVisible(), false);
    await toggle.click();
    await expectAttribute(toggle, 'aria-expanded', 'true');
    await fits();
    assert.ok(await region.isVisible(), `section ${i} is shown`);
    assert.equal(await top(), before, `section ${i}: its heading did not move`);
    assert.equal(await tabsTop(), tabs, `section ${i}: the tabs did not move`);
    assert.ok((await iframe.evaluate((f) => f.clientHeight)) > height + 40, `section ${i}: the iframe grew to show it`);
  }
  // The details summary opens in place too, pushing the tabs down as the reader expects.
  await toggles.first().click();
  await frame.locator('#dx-details').waitFor({ timeout: 15000 });
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the custom element grows with what opens and shrinks back', async () => {
  const { context, widget, page, log } = await openWidget(browser, server, 'element', { viewport: { width: 390, height: 844 } });
  const height = () => page.locator('deal-explainer').evaluate((element) => element.getBoundingClientRect().height);
  const start = await height();
  const sources = widget.getByRole('button', { name: locales.en.ui.sources_heading, exact: true });
  await sources.click();
  await eventually(async () => (await height()) > start + 200, 'the element grew by the sources');
  await sources.click();
  await eventually(async () => (await height()) === start, 'and shrank back');
  assert.deepEqual(log.errors, []);
  await context.close();
});

/** Everything the long form shows without a tap: every section's content, under its heading. */
async function assertLongForm(widget, { ui, story }) {
  const visible = async (locator, what) => assert.ok(await locator.first().isVisible(), what);
  await visible(widget.getByText(story.standfirst, { exact: true }), 'the full standfirst');
  await visible(widget.getByText(story.details.impact), 'the details card');
  for (const heading of [ui.quotes_heading, story.context.title, ui.questions_heading, ui.sources_heading]) {
    await visible(widget.getByRole('heading', { name: heading, exact: true }), `heading ${heading}`);
  }
  for (const quote of story.quotes) await visible(widget.locator('blockquote', { hasText: quote.passages[0].slice(0, 30) }), 'quote');
  for (const claim of story.claims) await visible(widget.locator('.dx-claim', { hasText: claim.claim }).getByText(claim.verdict), 'claim');
  for (const question of story.questions) await visible(widget.getByRole('button', { name: question.question }), 'question');
  for (const source of story.sources) await visible(widget.locator('.dx-source', { hasText: source.title }), 'source');
  assert.equal(await sectionToggles(widget).filter({ visible: true }).count(), 0, 'no section needs opening');
}

test('layout=full restores the long form, prerendered that way for the iframe page', async () => {
  for (const mode of ['iframe', 'element']) {
    for (const lang of ['en', 'nl']) {
      const compact = await openWidget(browser, server, mode, { settings: { lang }, viewport: { width: 768, height: 900 } });
      const compactHeight = (await measure(compact.widget)).height;
      await compact.context.close();

      const { page, widget, log, context: full } = await openWidget(browser, server, mode, {
        settings: { lang, layout: 'full' },
        viewport: { width: 768, height: 900 },
      });
      assert.equal(await widget.getAttribute('data-layout'), 'full');
      await assertLongForm(widget, locales[lang]);
      const { height } = await measure(widget);
      console.log(`# ${mode} ${lang} 768px: full ${height} px, compact ${compactHeight} px`);
      assert.ok(height > compactHeight + 1500, `${mode} ${lang}: the long form is long`);
      if (mode === 'iframe') assert.match(page.url(), new RegExp(`/embed\\.${lang}\\.design\\.auto\\.full\\.html\\?`));
      assert.deepEqual(log.warnings, [], 'no hydration mismatch');
      assert.deepEqual(log.errors, []);
      await full.close();
    }
  }
});

test('the iframe page asked for the full layout paints it from the first byte', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() =>
    document.addEventListener('DOMContentLoaded', () => {
      window.asParsed = document.querySelector('.dx').dataset.layout;
    }),
  );
  const page = await context.newPage();
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await page.goto(`${server.url}/embed.html?layout=full&lang=nl`);
  await interactive(page);
  assert.equal(await page.evaluate(() => window.asParsed), 'full');
  assert.equal(await page.locator('.dx').getAttribute('data-layout'), 'full');
  assert.deepEqual(warnings, []);
  await context.close();
});

test('open= and the deep link open a section; what a reader opens is written into the link', async () => {
  const { widget: element, context: c1 } = await openWidget(browser, server, 'element', { settings: { open: 'sources' } });
  assert.ok(await element.locator('#dx-sources').isVisible(), 'open="sources" on the element');
  await c1.close();

  const { widget: frame, context: c2 } = await openWidget(browser, server, 'iframe', { settings: { open: 'questions', lang: 'nl' } });
  assert.ok(await frame.locator('#dx-questions').isVisible(), 'open=questions on the iframe page');
  assert.equal(await frame.getByRole('button', { name: locales.nl.ui.questions_heading, exact: true }).getAttribute('aria-expanded'), 'true');
  await c2.close();

  const { page, log } = await open(browser, `${server.url}/#deal-explainer=nl,terms,quotes`);
  await interactive(page);
  await page.locator('.dx[lang=nl] #dx-quotes').waitFor();
  assert.equal(await page.locator('.dx [role=tab][aria-selected=true]').getAttribute('id'), 'dx-tab-terms');
  assert.equal(new URL(page.url()).hash, '#deal-explainer=nl,terms,quotes', 'opening the link rewrites nothing');
  const { ui } = locales.nl;
  const hash = (expected, message) => eventually(() => new URL(page.url()).hash === expected, `${message}: ${expected}`);
  await page.getByRole('button', { name: ui.sources_heading, exact: true }).click();
  await hash('#deal-explainer=nl,terms,sources', 'the section opened last');
  await page.getByRole('button', { name: ui.sources_heading, exact: true }).click();
  await hash('#deal-explainer=nl,terms,quotes', 'closed: the one still open');
  await page.getByRole('button', { name: ui.quotes_heading, exact: true }).click();
  await hash('#deal-explainer=nl,terms', 'none open: two fields');
  // Followed from elsewhere on the page: the section opens.
  await page.evaluate(() => (location.hash = '#deal-explainer=nl,terms,claims'));
  await page.locator('#dx-claims').waitFor();
  assert.deepEqual(log.errors, []);
  await page.context().close();
});

test('a layout or open value the widget does not know falls back and says so', async () => {
  const { widget, context, log } = await openWidget(browser, server, 'element', { settings: { layout: 'tiny', open: 'everything' } });
  assert.equal(await widget.getAttribute('data-layout'), 'compact');
  assert.equal(await widget.locator('.dx-disclosure__region:not([hidden])').count(), 0, 'nothing opened');
  for (const value of ['tiny', 'everything']) {
    assert.ok(log.warnings.some((w) => w.startsWith('deal-explainer: ') && w.includes(`"${value}"`)), `a warning names "${value}"`);
  }
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the embed dialog offers the full layout, written into both snippets', async () => {
  const { widget, context, page, log } = await openWidget(browser, server, 'demo', {});
  const { ui } = locales.en;
  await widget.getByRole('button', { name: ui.embed_button }).click();
  const dialog = page.getByRole('dialog', { name: ui.embed_heading });
  const option = dialog.getByRole('button', { name: ui.embed_full_label });
  const snippets = () => dialog.locator('textarea').evaluateAll((areas) => areas.map((a) => a.value));
  assert.equal(await option.getAttribute('aria-pressed'), 'false', 'the widget is compact, so is the option');
  assert.ok((await snippets()).every((s) => !s.includes('layout')), 'compact, the default, goes unsaid');
  await option.click();
  await expectAttribute(option, 'aria-pressed', 'true');
  const [iframe, element] = await snippets();
  assert.match(iframe, /embed\.html\?lang=en&amp;tab=design&amp;layout=full"/);
  assert.match(element, /<deal-explainer lang="en" tab="design" layout="full">/);
  await option.click();
  await eventually(async () => (await snippets()).every((s) => !s.includes('layout')), 'compact again: the snippets say no layout');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('opening every section in the compact layout shows all the long form shows', async () => {
  const { widget, context } = await openWidget(browser, server, 'iframe', { settings: { lang: 'nl' }, viewport: { width: 360, height: 780 } });
  await openSections(widget);
  const { story } = locales.nl;
  for (const source of story.sources) assert.ok(await widget.locator('.dx-source', { hasText: source.title }).isVisible());
  for (const claim of story.claims) assert.ok(await widget.locator('.dx-claim', { hasText: claim.claim }).getByText(claim.verdict).isVisible());
  assert.ok(await widget.getByText(story.details.impact).isVisible());
  await context.close();
});

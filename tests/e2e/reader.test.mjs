// A reader's path through the widget on the demo article, on a phone, in both languages:
// every pillar, every term, every quote and every source, by touch and by keyboard alone.
import assert from 'node:assert/strict';
import { test, open, interactive, saveScreenshot, setUp, expectAttribute, settled } from './harness.mjs';
import { loadContent } from './content.mjs';
import { openSections } from './modes.mjs';

const { locales } = loadContent();
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true };
const { server, browser } = await setUp();

/** Text of the one visible tab panel. */
const visiblePanel = (page) => page.locator('.dx [role=tabpanel]:not([hidden])');

async function checkStaticParts(page, { ui, story }) {
  const widget = page.locator('.dx');
  await assert.doesNotReject(widget.getByRole('heading', { name: story.headline }).waitFor());
  // The compact layout keeps these one tap away; they stay open in the other language.
  await openSections(widget);
  for (const quote of story.quotes) {
    assert.ok(await widget.getByText(quote.speaker, { exact: true }).isVisible(), `quote by ${quote.speaker}`);
    assert.ok(await widget.locator('blockquote', { hasText: quote.passages[0].slice(0, 40) }).isVisible());
  }
  const sources = widget.locator('.dx-source');
  assert.equal(await sources.count(), story.sources.length);
  for (const [i, source] of story.sources.entries()) {
    assert.match(await sources.nth(i).innerText(), new RegExp(escape(source.title)));
    // A link to the original opens beside the article (an iframe would otherwise navigate).
    const link = sources.nth(i).getByRole('link', { name: source.title });
    assert.equal(await link.count(), source.url ? 1 : 0, `link to the original of ${source.id}`);
    if (source.url) {
      assert.equal(await link.getAttribute('href'), source.url);
      assert.equal(await link.getAttribute('target'), '_blank');
      assert.match(await link.getAttribute('rel'), /noopener/);
    }
  }
  const claims = widget.locator('.dx-claim');
  assert.equal(await claims.count(), story.claims.length);
  for (const [i, claim] of story.claims.entries()) {
    assert.ok(await claims.nth(i).getByText(claim.verdict, { exact: true }).isVisible(), `claim ${claim.id} shows our finding`);
  }
  assert.ok(await widget.getByText(story.context.title).first().isVisible(), 'background section');
  assert.equal(await widget.getAttribute('lang'), Object.keys(locales).find((l) => locales[l].ui === ui));
}

/** Opens a disclosure unless it is open already (answers stay open across a language switch). */
async function expand(toggle) {
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.tap();
  await expectAttribute(toggle, 'aria-expanded', 'true');
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('a reader taps through every pillar, term and question in English, then in Dutch', async () => {
  const { page, log } = await open(browser, `${server.url}/`, PHONE);
  await interactive(page);

  for (const code of ['en', 'nl']) {
    const { ui, story } = locales[code];
    if (code !== 'en') await page.locator('.dx-lang__option', { hasText: ui.language_name }).tap();
    await checkStaticParts(page, locales[code]);

    const tabs = page.locator('.dx [role=tab]');
    assert.equal(await tabs.count(), story.pillars.length + 1);
    for (const [i, pillar] of story.pillars.entries()) {
      await tabs.nth(i).tap();
      await expectAttribute(tabs.nth(i), 'aria-selected', 'true', `tapped ${pillar.id}`);
      const panel = visiblePanel(page);
      assert.match(await panel.innerText(), new RegExp(escape(pillar.title)));
      for (const point of pillar.points) assert.ok((await panel.innerText()).includes(point.text));
    }

    await tabs.last().tap();
    for (const card of story.terms.cards) {
      await expand(visiblePanel(page).getByRole('button', { name: card.question }));
      assert.ok(await visiblePanel(page).getByText(card.explanation).isVisible(), `answer to ${card.id}`);
    }

    for (const question of story.questions) {
      await expand(page.locator('.dx-questions').getByRole('button', { name: question.question }));
      assert.ok(await page.locator('.dx-questions').getByText(question.answer).isVisible());
    }

    await expand(visiblePanel(page).locator('.dx-cite__toggle').first());
    assert.ok(await visiblePanel(page).locator('.dx-cite__detail:not([hidden])').first().isVisible());

    await page.locator('.dx').screenshot({ path: saveScreenshot(`reader-${code}.png`) });
  }

  assert.deepEqual(log.errors, [], 'no console errors');
  assert.deepEqual(log.warnings, [], 'no console warnings (hydration mismatches are warnings)');
  assert.deepEqual(log.external, [], 'no requests leave the site');
  await page.context().close();
});

test('a keyboard reader reaches the language switch, every tab and every answer', async () => {
  const { page, log } = await open(browser, `${server.url}/`, { viewport: { width: 1280, height: 900 } });
  await interactive(page);
  const focused = () => page.evaluate(() => {
    const el = document.activeElement;
    return { role: el.getAttribute('role'), text: el.textContent.trim(), lang: el.getAttribute('lang'), cls: el.className };
  });

  // Tab from the top of the page until the language switch has focus.
  for (let i = 0; i < 30 && (await focused()).cls !== 'dx-lang__option'; i++) await page.keyboard.press('Tab');
  assert.equal((await focused()).cls, 'dx-lang__option');
  while ((await focused()).lang !== 'nl') await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expectAttribute(page.locator('.dx'), 'lang', 'nl', 'Enter on Nederlands switches the language');
  const { story } = locales.nl;

  // On to the tab list: one Tab stop, then arrow keys.
  // Each key is pressed once the widget shows what the previous one did, as a reader would.
  while ((await focused()).role !== 'tab') await page.keyboard.press('Tab');
  const tabs = page.locator('.dx [role=tab]');
  for (const [i, pillar] of story.pillars.entries()) {
    assert.equal((await focused()).text.replace(/^\d+/, ''), pillar.label);
    await expectAttribute(tabs.nth(i), 'aria-selected', 'true', `the arrow key opens ${pillar.id}`);
    assert.match(await visiblePanel(page).innerText(), new RegExp(escape(pillar.title)));
    await page.keyboard.press('ArrowRight');
  }
  assert.equal((await focused()).text, story.terms.label);
  await expectAttribute(tabs.last(), 'aria-selected', 'true', 'the arrow key opens the terms');

  // Into the terms panel: Tab moves to the panel, the introduction's citation, then to each
  // question; Space or Enter opens it.
  await page.keyboard.press('Tab');
  assert.equal((await focused()).role, 'tabpanel');
  await page.keyboard.press('Tab');
  assert.equal((await focused()).cls, 'dx-cite__toggle');
  for (const card of story.terms.cards) {
    await page.keyboard.press('Tab');
    assert.equal((await focused()).text, card.question);
    await page.keyboard.press(card.id.length % 2 ? 'Space' : 'Enter');
    await visiblePanel(page).getByText(card.explanation).waitFor({ timeout: 15000 });
    await page.keyboard.press('Tab'); // the answer's citation
    assert.equal((await focused()).cls, 'dx-cite__toggle');
  }
  await page.keyboard.press('Home');
  await settled(page);
  assert.equal(await page.locator('.dx [role=tab]').first().getAttribute('aria-selected'), 'false', 'Home outside the tab list does nothing');

  assert.deepEqual(log.errors, []);
  await page.context().close();
});

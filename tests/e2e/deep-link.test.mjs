// Deep links on the demo article: the open language and tab live in the URL fragment,
// next to (never instead of) the page's own fragment, and opening such a link restores them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, interactive, setUp } from './harness.mjs';
import { loadContent } from './content.mjs';

const { locales } = loadContent();
const { server, browser } = await setUp();

const selectedTab = (page) => page.locator('.dx [role=tab][aria-selected=true]').getAttribute('id');

test('moving through the widget writes the state into the fragment, keeping other parts', async () => {
  const { page, log } = await open(browser, `${server.url}/?utm=x#comments`);
  await interactive(page);
  assert.equal(new URL(page.url()).hash, '#comments', 'opening the page changes nothing');
  const historyLength = await page.evaluate(() => history.length);

  await page.locator('.dx-lang__option', { hasText: locales.nl.ui.language_name }).click();
  await page.locator('.dx [role=tab]').last().click();
  const url = new URL(page.url());
  assert.equal(url.hash, '#comments&deal-explainer=nl,terms');
  assert.equal(url.search, '?utm=x');
  assert.equal(await page.evaluate(() => history.length), historyLength, 'replaceState: no history entries pile up');
  assert.deepEqual(log.errors, []);
  await page.context().close();
});

test('opening a deep link restores the language and tab', async () => {
  const pillar = locales.nl.story.pillars.at(-1);
  const { page, log } = await open(browser, `${server.url}/#deal-explainer=nl,${pillar.id}`);
  await interactive(page);
  await page.waitForFunction(() => document.querySelector('.dx').lang === 'nl');
  assert.equal(await selectedTab(page), `dx-tab-${pillar.id}`);
  assert.ok(await page.getByRole('heading', { name: pillar.title }).isVisible());
  assert.deepEqual(log.errors, []);
  await page.context().close();
});

test('a broken deep link falls back to the defaults and says so', async () => {
  const { page, log } = await open(browser, `${server.url}/#deal-explainer=xx,nowhere`);
  await interactive(page);
  assert.equal(await page.locator('.dx').getAttribute('lang'), 'en');
  assert.equal(await selectedTab(page), `dx-tab-${locales.en.story.pillars[0].id}`);
  assert.equal(log.warnings.length, 2, log.warnings.join('\n'));
  assert.ok(log.warnings.every((w) => w.startsWith('deal-explainer: ')));
  assert.deepEqual(log.errors, []);
  await page.context().close();
});

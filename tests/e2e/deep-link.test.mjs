// Deep links on the demo article: the open language and tab live in the URL fragment,
// next to (never instead of) the page's own fragment, and opening such a link restores them.
import assert from 'node:assert/strict';
import { test, open, interactive, eventually, setUp } from './harness.mjs';
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
  // The browser may warn of other things; ours are one per bad value, each naming it.
  const ours = log.warnings.filter((w) => w.startsWith('deal-explainer: '));
  assert.equal(ours.length, 2, ours.join('\n'));
  assert.ok(ours.some((w) => w.includes('"xx"') || w.includes('xx')), 'a warning names the language');
  assert.ok(ours.some((w) => w.includes('nowhere')), 'a warning names the tab');
  assert.deepEqual(log.errors, []);
  await page.context().close();
});

test('back and forward bring back the language and tab of each history entry, the page’s own part kept', async () => {
  const { page, log } = await open(browser, `${server.url}/#comments`);
  await interactive(page);
  // The reader moves in the widget: the entry they are on now says Dutch, terms.
  await page.locator('.dx-lang__option', { hasText: locales.nl.ui.language_name }).click();
  await page.locator('.dx [role=tab]').last().click();
  // A link in the article to another view of the widget adds an entry.
  const pillar = locales.en.story.pillars.at(-1);
  await page.evaluate((hash) => {
    const link = Object.assign(document.createElement('a'), { href: hash, textContent: 'see the design' });
    document.querySelector('main, body').append(link);
    link.click();
  }, `#deal-explainer=en,${pillar.id}`);
  const showing = (lang, tab) =>
    eventually(async () => (await page.locator('.dx').getAttribute('lang')) === lang && (await selectedTab(page)) === `dx-tab-${tab}`, `shows ${lang}, ${tab}`);
  await showing('en', pillar.id);
  await page.goBack();
  assert.equal(new URL(page.url()).hash, '#comments&deal-explainer=nl,terms');
  await showing('nl', 'terms');
  await page.goForward();
  assert.equal(new URL(page.url()).hash, `#deal-explainer=en,${pillar.id}`);
  await showing('en', pillar.id);
  assert.deepEqual(log.errors, []);
  await page.context().close();
});

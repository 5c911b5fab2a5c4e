// Version skew, as a CDN deploy makes it: an older edition of the widget is built (other
// content), both builds' files are published into one folder with the newer build's entry
// points winning, and readers arrive with pages and loaders their browser or a cache kept
// from the older build, and with markup pasted into an article long ago. Each must work and
// show its own build's text; nothing may mix.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test, open, interactive, launch, startHosts, startSite, ROOT, DIST, expectAttribute } from './harness.mjs';
import { loadContent } from './content.mjs';
import { elementWidget } from './widgets.mjs';

const { locales } = loadContent();
const WORK = path.join(ROOT, 'target', 'skew');
const OLDER = path.join(WORK, 'older');
const MERGED = path.join(WORK, 'merged');
// The editor of the older edition typed markup into the headline: it must show as the
// characters typed, in the prerendered page, after hydration and in the custom element.
const OLDER_HEADLINE = `${locales.en.story.headline}, as <b>first</b> reported <script>window.injected = true</script><img src=x onerror="window.injected = true">`;

// The older edition: the same widget with other words.
fs.rmSync(WORK, { recursive: true, force: true });
const content = path.join(WORK, 'content');
fs.cpSync(path.join(ROOT, 'static', 'content'), content, { recursive: true });
const english = path.join(content, `${loadContent().slug}.en.json`);
fs.writeFileSync(english, fs.readFileSync(english, 'utf8').replace(JSON.stringify(locales.en.story.headline), JSON.stringify(OLDER_HEADLINE)));
execFileSync('bash', ['scripts/build.sh'], {
  cwd: ROOT,
  env: { ...process.env, DEAL_CONTENT_DIR: content, DEAL_OUT: OLDER },
  stdio: ['ignore', 'ignore', 'inherit'],
});

// A deploy that keeps the previous build's hashed files: older first, newer over it.
fs.cpSync(OLDER, MERGED, { recursive: true });
fs.cpSync(DIST, MERGED, { recursive: true, force: true });
// What caches kept of the older build's entry points, under names of their own.
for (const [name, cached] of [
  ['index.html', 'cached-index.html'],
  ['embed.en.design.auto.html', 'cached-embed.html'],
  ['deal-explainer.js', 'cached-deal-explainer.js'],
]) {
  fs.copyFileSync(path.join(OLDER, name), path.join(MERGED, cached));
}

const site = await startSite(MERGED);
const hosts = await startHosts({ widget: site.url });
const browser = await launch();
test.after(async () => {
  await browser.close();
  await Promise.all([hosts.close(), site.close()]);
});

/** The widget's headline as the reader sees it; fails if its text became elements. */
async function headline(widget) {
  const heading = widget.getByRole('heading', { level: 2 }).first();
  assert.equal(await heading.locator('*').count(), 0, 'the headline holds text, no elements');
  assert.equal(await widget.page().evaluate(() => window.injected), undefined, 'nothing in the content ran');
  return heading.innerText();
}

test('the two builds published together do not share a hashed file they disagree on', () => {
  const older = new Set(fs.readdirSync(path.join(OLDER, 'assets')));
  const newer = fs.readdirSync(path.join(DIST, 'assets'));
  const shared = newer.filter((file) => older.has(file) && !/\.(br|gz)$/.test(file));
  for (const file of shared) {
    const [a, b] = [path.join(OLDER, 'assets', file), path.join(DIST, 'assets', file)];
    if (fs.statSync(a).isFile()) assert.ok(fs.readFileSync(a).equals(fs.readFileSync(b)), `${file} differs between the builds`);
  }
  assert.ok(newer.some((file) => /^deal_explainer_bg\./.test(file) && !older.has(file)), 'the module got a new name');
});

for (const [page, expected] of [
  ['cached-index.html', OLDER_HEADLINE],
  ['index.html', locales.en.story.headline],
  ['cached-embed.html', OLDER_HEADLINE],
  ['embed.en.design.auto.html', locales.en.story.headline],
]) {
  test(`${page} from the ${expected === OLDER_HEADLINE ? 'older' : 'newer'} build works with its own files`, async () => {
    const { page: tab, log, context } = await open(browser, `${site.url}/${page}`);
    await interactive(tab);
    const widget = tab.locator('.dx');
    assert.equal(await headline(widget), expected);
    await widget.locator('[role=tab]').last().click();
    await expectAttribute(widget.locator('[role=tab]').last(), 'aria-selected', 'true');
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.warnings, [], 'hydrated as rendered: no warnings');
    await context.close();
  });
}

for (const [loader, expected] of [
  ['cached-deal-explainer.js', OLDER_HEADLINE],
  ['deal-explainer.js', locales.en.story.headline],
]) {
  test(`a plain element on another site, loaded by the ${expected === OLDER_HEADLINE ? 'older' : 'newer'} build's loader, shows that build`, async () => {
    hosts.page(`skew-${loader}.html`, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"><script type="module" src="{{WIDGET}}/${loader}"></script></head><body><deal-explainer lang="en"></deal-explainer></body></html>`);
    const { page, log, context } = await open(browser, `${hosts.url}/hosts/skew-${loader}.html`);
    const widget = await elementWidget(page);
    assert.equal(await headline(widget), expected);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.warnings, []);
    await context.close();
  });
}

test('markup pasted from the older build, started by the newer loader, is rendered afresh in the newer build', async () => {
  const markup = fs.readFileSync(path.join(OLDER, 'deal-explainer.en.html'), 'utf8');
  const base = markup.match(/href="(https?:\/\/[^"]*\/)deal-explainer\.css"/)[1];
  hosts.page('skew-pasted.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head><body>${markup.replaceAll(base, `${site.url}/`)}</body></html>`);
  const context = await browser.newContext();
  await context.addInitScript(() =>
    document.addEventListener('DOMContentLoaded', () => {
      window.asPasted = document.querySelector('deal-explainer').shadowRoot.querySelector('h2').textContent;
    }),
  );
  const page = await context.newPage();
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await page.goto(`${hosts.url}/hosts/skew-pasted.html`);
  const widget = await elementWidget(page);
  assert.equal(await page.evaluate(() => window.asPasted), OLDER_HEADLINE, 'the paste shows its own text at first');
  assert.equal(await headline(widget), locales.en.story.headline, 'then the newer build renders it');
  assert.equal(warnings.filter((w) => w.includes('another build')).length, 1, warnings.join('\n'));
  await context.close();
});

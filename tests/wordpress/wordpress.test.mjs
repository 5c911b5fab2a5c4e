// The explainer in a real WordPress (Debian's package, set up by tests/wordpress/setup.sh), the
// way a newsroom uses it: posts written through the REST API by an administrator and by an
// author, then read in headless Chromium by a visitor.
//   1. the iframe snippet, pasted by an administrator into a Custom HTML block
//   2. the explainer's address on a line of its own, by an author, with our plugin active
//   3. the shortcode [deal-explainer lang="nl" tab="terms" theme="auto"], by an author
//   4. the address on a line of its own, by an author, without the plugin (oEmbed discovery)
// Each time: the explainer's text is shown in the language asked for, a tab click works, and
// the iframe is as tall as its content (in case 4, as tall as WordPress allows: 1000 px).
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { test, DIST, ROOT, launch, interactive, saveScreenshot } from '../e2e/harness.mjs';
import { loadContent } from '../e2e/content.mjs';

const STATE = path.resolve(ROOT, process.env.DEAL_WP_STATE ?? 'target/wordpress');
const site = JSON.parse(fs.readFileSync(path.join(STATE, 'site.json'), 'utf8'));
const { locales } = loadContent();
const DESKTOP = { viewport: { width: 1300, height: 1000 } };
const PLUGIN = 'deal-explainer/deal-explainer';
// WordPress's wp-embed.js (as read in 6.1.9) keeps a discovered embed between 200 and 1000 px high.
const WORDPRESS_EMBED_MAX = 1000;

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
};

/**
 * The widget's site as a newsroom would publish it: dist/ over HTTP on 127.0.0.1, with
 * `Access-Control-Allow-Origin: *` (inside WordPress's `sandbox="allow-scripts"` iframe the
 * widget's origin is `null`, and its module and glue load only with CORS). The build wrote its
 * public address (DEAL_PUBLIC_URL) into pages and oEmbed files; this server runs on a port of
 * its own and answers with its own address in their place. Records what it was asked, and by
 * whom, so the tests can tell WordPress's own fetches from the browser's.
 * To test the project's own server instead, start that here and return the same shape.
 */
async function startWidgetServer() {
  const built = JSON.parse(fs.readFileSync(path.join(DIST, 'oembed.json'), 'utf8')).provider_url;
  const requests = [];
  const server = http.createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    requests.push({ path: url.pathname + url.search, agent: request.headers['user-agent'] ?? '' });
    let pathname = decodeURIComponent(url.pathname);
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = path.join(DIST, path.normalize(pathname).replace(/^(\.\.[/\\])+/, ''));
    fs.readFile(file, (error, body) => {
      const headers = { 'access-control-allow-origin': '*', 'cache-control': 'no-store' };
      if (error) {
        response.writeHead(404, { ...headers, 'content-type': 'text/plain' });
        response.end('not found');
        return;
      }
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      if (/^(text\/html|application\/json)/.test(type)) body = body.toString('utf8').replaceAll(built, `${own}/`);
      response.writeHead(200, { ...headers, 'content-type': type });
      response.end(body);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const own = `http://127.0.0.1:${server.address().port}`;
  return { url: own, requests, close: () => new Promise((resolve) => server.close(resolve)) };
}

let widget;
let browser;
before(async () => {
  widget = await startWidgetServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await widget?.close();
});

/** A request to WordPress's REST API as `user` (`admin` or `author`), by application password. */
async function rest(user, route, { method = 'GET', body, query = {} } = {}) {
  const { user: login, password } = site.users[user];
  const url = new URL(site.url);
  url.search = new URLSearchParams({ rest_route: route, ...query }).toString();
  const response = await fetch(url, {
    method,
    headers: {
      authorization: `Basic ${Buffer.from(`${login}:${password}`).toString('base64')}`,
      'content-type': 'application/json',
    },
    body: body && JSON.stringify(body),
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`${method} ${route} as ${user}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

/** Activates or deactivates our plugin, as the administrator would on the Plugins screen. */
async function usePlugin(active) {
  await rest('admin', `/wp/v2/plugins/${PLUGIN}`, { method: 'POST', body: { status: active ? 'active' : 'inactive' } });
  if (active) {
    // Settings → Writing: the explainer's address, set once for the site.
    const settings = await rest('admin', '/wp/v2/settings', { method: 'POST', body: { deal_explainer_url: `${widget.url}/embed.html` } });
    assert.equal(settings.deal_explainer_url, `${widget.url}/`, 'the setting keeps the folder of a pasted address');
  }
}

/** Publishes a post as `user`; returns its id, address and content as WordPress renders it. */
async function publish(user, title, content) {
  const post = await rest(user, '/wp/v2/posts', { method: 'POST', body: { title, content, status: 'publish' } });
  assert.equal(post.status, 'publish');
  return { id: post.id, link: post.link, rendered: post.content.rendered };
}

/** WordPress's requests to the widget's site (PHP fetching, not a browser). */
const fetchedByWordPress = () => widget.requests.filter((r) => r.agent.startsWith('WordPress/'));

/** Opens `link` as a visitor; the frame of the explainer's iframe once it is interactive. */
async function read(link, iframeSelector) {
  const context = await browser.newContext(DESKTOP);
  // Nothing leaves the machine (WordPress's pages name gravatar.com and the like).
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && message.location().url.startsWith(widget.url)) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  await page.goto(link);
  const iframe = page.locator(iframeSelector);
  assert.equal(await iframe.count(), 1, `one explainer iframe (${iframeSelector}) on the post`);
  // Loaded lazily, and Chromium runs no rendering steps in offscreen cross-origin frames.
  await iframe.scrollIntoViewIfNeeded();
  const frame = await (await iframe.elementHandle()).contentFrame();
  await interactive(frame);
  return { context, page, iframe, frame, errors };
}

/** Heights of the iframe's content box and of the explainer inside it. */
async function heights(iframe, frame) {
  const outer = await iframe.evaluate((f) => {
    const style = getComputedStyle(f);
    return f.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
  });
  const inner = await frame.evaluate(() => ({
    content: Math.ceil(document.body.getBoundingClientRect().height),
    scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight,
  }));
  return { outer, ...inner };
}

/**
 * Waits until the iframe is as tall as its content, or as `cap` when the content is taller;
 * fails with the last heights seen. Sizes settle over a few frames after a change.
 */
async function fitted(iframe, frame, message, cap = Infinity) {
  let last;
  for (let i = 0; i < 100; i += 1) {
    last = await heights(iframe, frame);
    if (last.outer === Math.min(last.content, cap)) return last;
    await frame.page().waitForTimeout(50);
  }
  assert.fail(`${message}: iframe ${last.outer}px, content ${last.content}px (cap ${cap})`);
}

/** The explainer shows `lang` with `tab` open: headline, selected tab and its panel. */
async function expectShown(frame, lang, tab, message) {
  const { story } = locales[lang];
  const dx = frame.locator('.dx');
  assert.equal(await dx.getAttribute('lang'), lang, `${message}: language`);
  assert.ok(await dx.getByRole('heading', { name: story.headline }).isVisible(), `${message}: headline in ${lang}`);
  const label = tab === 'terms' ? story.terms.label : story.pillars.find((p) => p.id === tab).label;
  const selected = dx.locator('[role=tab][aria-selected=true]');
  assert.equal((await selected.innerText()).replace(/^\d+\s*/, '').trim(), label, `${message}: selected tab`);
  const title = tab === 'terms' ? story.terms.title : story.pillars.find((p) => p.id === tab).title;
  assert.ok(await dx.locator('[role=tabpanel]:not([hidden])').getByText(title, { exact: true }).isVisible(), `${message}: panel`);
}

/** A reader clicks the first pillar's tab: it opens, and the iframe follows the new height. */
async function clickTab(iframe, frame, lang, message, cap) {
  const { story } = locales[lang];
  const pillar = story.pillars[0];
  await frame.locator('.dx [role=tab]').filter({ hasText: pillar.label }).click();
  await frame.locator('.dx [role=tab][aria-selected=true]').filter({ hasText: pillar.label }).waitFor();
  await expectShown(frame, lang, pillar.id, `${message}, after a tab click`);
  return fitted(iframe, frame, `${message}, after a tab click`, cap);
}

/**
 * The whole check for one post whose explainer should show Dutch with the terms open; `more`
 * may check more on the open page. Returns the heights before and after the tab click.
 */
async function expectDutchTermsExplainer(link, iframeSelector, name, { cap = Infinity, more } = {}) {
  const { context, page, iframe, frame, errors } = await read(link, iframeSelector);
  assert.equal(await iframe.getAttribute('title'), locales.nl.story.headline, `${name}: the iframe's title`);
  await expectShown(frame, 'nl', 'terms', name);
  const before = await fitted(iframe, frame, name, cap);
  if (cap === Infinity) assert.ok(!before.scrolls, `${name}: no scrollbar in the iframe`);
  await page.screenshot({ path: saveScreenshot(`wordpress-${name.replace(/\W+/g, '-')}.png`), fullPage: true });
  const afterClick = await clickTab(iframe, frame, 'nl', name, cap);
  await more?.({ page, iframe, frame });
  assert.deepEqual(errors, [], `${name}: no errors from the explainer`);
  await context.close();
  return { before, after: afterClick };
}

test('1. administrator: the iframe snippet from the Embed dialog, in a Custom HTML block', async () => {
  // The snippet exactly as the widget's Embed dialog offers it, with Dutch and the terms open.
  const context = await browser.newContext(DESKTOP);
  const page = await context.newPage();
  await page.goto(`${widget.url}/embed.html?lang=nl&tab=terms`);
  await interactive(page);
  const { ui } = locales.nl;
  await page.locator('.dx').getByRole('button', { name: ui.embed_button }).click();
  const snippet = await page.getByRole('dialog', { name: ui.embed_heading }).locator('textarea').first().inputValue();
  await context.close();
  assert.match(snippet, /<iframe [^>]*src="[^"]*embed\.html\?lang=nl&amp;tab=terms"/);

  const post = await publish('admin', 'Custom HTML by an administrator', `<!-- wp:html -->\n${snippet}\n<!-- /wp:html -->`);
  assert.match(post.rendered, /<script src="[^"]*embed-host\.js"/, 'WordPress keeps an administrator’s script');
  await expectDutchTermsExplainer(post.link, 'iframe[src*="/embed.html?lang=nl"]', 'admin snippet');
});

test('an author’s pasted iframe snippet is removed by WordPress: why authors need the plugin or discovery', async () => {
  const snippet = `<iframe src="${widget.url}/embed.html?lang=nl&amp;tab=terms" title="x" width="100%" height="900"></iframe>\n<script src="${widget.url}/embed-host.js" async></script>`;
  const post = await publish('author', 'Custom HTML by an author', `<!-- wp:html -->\n${snippet}\n<!-- /wp:html -->`);
  assert.doesNotMatch(post.rendered, /<iframe|<script/);
});

test('2. author: the address on a line of its own, with the plugin', async () => {
  await usePlugin(true);
  const url = `${widget.url}/embed.html?lang=nl&tab=terms`;
  const asked = fetchedByWordPress().length;
  // What the block editor asks when the address is pasted into it: a preview from the plugin.
  const preview = await rest('author', '/oembed/1.0/proxy', { query: { url } });
  assert.match(preview.html, /<iframe class="deal-explainer-embed" src="[^"]*embed\.html\?lang=nl&#038;tab=terms"/);
  const post = await publish('author', 'Pasted address, with the plugin', `<p>The deal, explained:</p>\n\n${url}\n\n<p>More below.</p>`);
  await expectDutchTermsExplainer(post.link, 'iframe.deal-explainer-embed', 'plugin URL');
  assert.deepEqual(fetchedByWordPress().slice(asked), [], 'WordPress fetched nothing from the widget’s site');
  // The pages prerendered per variant are the explainer too.
  const variant = await rest('author', '/oembed/1.0/proxy', { query: { url: `${widget.url}/embed.nl.components.dark.html` } });
  assert.match(variant.html, new RegExp(`title="${escapeRegExp(locales.nl.story.headline)}"`));
});

test('3. author: the shortcode [deal-explainer lang="nl" tab="terms" theme="auto"]', async () => {
  await usePlugin(true);
  const asked = fetchedByWordPress().length;
  const post = await publish(
    'author',
    'Shortcode',
    '<!-- wp:shortcode -->\n[deal-explainer lang="nl" tab="terms" theme="auto"]\n<!-- /wp:shortcode -->',
  );
  assert.match(post.rendered, /<iframe class="deal-explainer-embed" src="[^"]*embed\.html\?lang=nl&#038;tab=terms&#038;theme=auto"/);
  await expectDutchTermsExplainer(post.link, 'iframe.deal-explainer-embed', 'shortcode');
  assert.deepEqual(fetchedByWordPress().slice(asked), [], 'WordPress fetched nothing from the widget’s site');
});

test('the shortcode passes odd values on escaped, and the explainer falls back as for any embed', async () => {
  await usePlugin(true);
  const post = await publish('author', 'Shortcode with odd values', '[deal-explainer lang="fr" tab="<b>" theme="neon"]');
  const [iframe] = post.rendered.match(/<iframe[^>]*>/) ?? [];
  assert.ok(iframe, 'an iframe');
  assert.doesNotMatch(iframe, /<b>/);
  assert.match(iframe, /src="[^"]*embed\.html\?lang=fr&#038;tab=%3Cb%3E&#038;theme=neon"/);
  assert.match(iframe, new RegExp(`title="${escapeRegExp(locales.en.story.headline)}"`), 'an unknown language gets the English title');
});

test('4. author: the address on a line of its own, without the plugin (oEmbed discovery)', async () => {
  await usePlugin(false);
  // The address of the page prerendered for Dutch with the terms open: its discovery link
  // names its own oEmbed description (a static host cannot answer `?lang=` differently).
  const url = `${widget.url}/embed.nl.terms.auto.html`;
  const asked = fetchedByWordPress().length;
  const preview = await rest('author', '/oembed/1.0/proxy', { query: { url } });
  assert.equal(preview.title, locales.nl.story.headline);
  assert.match(preview.html, /<blockquote class="wp-embedded-content"/);
  const post = await publish('author', 'Pasted address, without the plugin', `<p>The deal, explained:</p>\n\n${url}\n\n<p>More below.</p>`);
  const fetched = fetchedByWordPress().slice(asked).map((r) => r.path);
  assert.ok(fetched.includes('/embed.nl.terms.auto.html'), `WordPress fetched the page: ${fetched}`);
  assert.ok(fetched.includes('/oembed.nl.terms.auto.json') || fetched.some((p) => p.startsWith('/oembed.nl.terms.auto.json?')), `and its oEmbed description: ${fetched}`);

  const selector = 'iframe.wp-embedded-content[sandbox="allow-scripts"]';
  const result = await expectDutchTermsExplainer(post.link, selector, 'discovery', {
    cap: WORDPRESS_EMBED_MAX,
    more: async ({ page, iframe, frame }) => {
      // wp-embed.js shows the iframe and hides the fallback only for messages with its secret.
      assert.equal(await iframe.getAttribute('style'), null, 'WordPress no longer hides the iframe');
      assert.ok(!(await page.locator('blockquote.wp-embedded-content').isVisible()), 'the fallback link is hidden');
      const end = await frame.evaluate(() => {
        scrollTo(0, document.documentElement.scrollHeight);
        return Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight;
      });
      assert.ok(end, 'a reader can scroll to the end of the explainer inside the iframe');
    },
  });
  // Taller than WordPress lets a discovered embed be: the rest scrolls inside the iframe.
  assert.ok(result.before.content > WORDPRESS_EMBED_MAX, 'the explainer is taller than 1000 px');
});

test('the plugin leaves no PHP notice, warning or error in WordPress’s log', () => {
  const log = path.join(STATE, 'debug.log');
  const lines = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n') : [];
  assert.deepEqual(lines.filter((line) => /deal-explainer|Fatal error/.test(line)), []);
});

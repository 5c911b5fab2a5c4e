// What a CMS finds by oEmbed discovery: every page a URL may be copied from names its oEmbed
// description by an absolute address (consumers such as WordPress use it as they find it), and
// each description embeds its own page, titled in its language, in the shape WordPress expects.
// (tests/wordpress/ embeds them in a real WordPress.)
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test, DIST } from './harness.mjs';
import { loadContent } from './content.mjs';

const { locales } = loadContent();
// The build's DEAL_PUBLIC_URL, as in shipped.test.mjs.
const BASE = process.env.DEAL_PUBLIC_URL ?? 'http://127.0.0.1:8080/';
const PAGES = fs.readdirSync(DIST).filter((f) => f === 'index.html' || /^embed(\.[\w-]+)*\.html$/.test(f));
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The oEmbed description `page` names in its `<head>`, as a file name in dist/. */
function discovered(page) {
  const head = fs.readFileSync(path.join(DIST, page), 'utf8').split('</head>')[0];
  const links = [...head.matchAll(/<link\b[^>]*type="application\/json\+oembed"[^>]*>/g)].map((m) => m[0]);
  assert.equal(links.length, 1, `${page}: one oEmbed discovery link in <head>`);
  const href = links[0].match(/\bhref="([^"]+)"/)[1].replaceAll('&amp;', '&');
  assert.ok(href.startsWith(BASE), `${page}: the link is absolute, under ${BASE}: ${href}`);
  return href.slice(BASE.length);
}

/** The description's HTML: a fallback link in WordPress's blockquote, then the iframe of `page`. */
function assertEmbeds(oembed, page, lang, message) {
  const { headline } = locales[lang].story;
  assert.equal(oembed.version, '1.0');
  assert.equal(oembed.type, 'rich');
  assert.equal(oembed.title, headline, `${message}: title in ${lang}`);
  const src = escape(`${BASE}${page}`);
  const title = escape(headline);
  assert.match(
    oembed.html,
    new RegExp(`^<blockquote class="wp-embedded-content"><a href="${src}">${title}</a></blockquote><iframe class="wp-embedded-content" src="${src}" title="${title}"`),
    message,
  );
}

test('every page a URL may be copied from names an oEmbed description that exists', () => {
  assert.ok(PAGES.includes('index.html') && PAGES.includes('embed.html'));
  for (const page of PAGES) assert.ok(fs.existsSync(path.join(DIST, discovered(page))), page);
});

test('each page prerendered per language, tab, theme and layout is described by its own oEmbed', () => {
  // `embed.nl.terms.auto.html` (compact, the default layout, unnamed) and `….full.html`.
  const variants = PAGES.filter((page) => [5, 6].includes(page.split('.').length));
  assert.equal(variants.length, Object.keys(locales).length * 4 * 3 * 2);
  const names = new Set();
  for (const page of variants) {
    const [, lang, tab, theme, ...layout] = page.split('.').slice(0, -1);
    const json = discovered(page);
    assert.equal(json, `oembed.${[lang, tab, theme, ...layout].join('.')}.json`);
    names.add(json);
    assertEmbeds(JSON.parse(fs.readFileSync(path.join(DIST, json), 'utf8')), page, lang, page);
  }
  assert.equal(names.size, variants.length);
});

test('embed.html and the demo article name the description of embed.html, which follows the reader’s language', () => {
  for (const page of ['embed.html', 'index.html']) assert.equal(discovered(page), 'oembed.json', page);
  assertEmbeds(JSON.parse(fs.readFileSync(path.join(DIST, 'oembed.json'), 'utf8')), 'embed.html', 'en', 'oembed.json');
});

// Names a screen reader can use, read from Chromium's own accessibility tree: buttons named
// by their words (no drawn signs), the two copy buttons told apart, the details summary, the
// language switch announced in a sentence, arrow keys from the focused tab, and the iframe
// page's heading and title in its language.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test, DIST, setUp, expectAttribute } from './harness.mjs';
import { loadContent } from './content.mjs';
import { openWidget, openSections } from './modes.mjs';

const { locales } = loadContent();
const { server, browser } = await setUp();

/** The accessibility tree's nodes as `{ role, name, live }`, ignored ones left out. */
async function accessibilityTree(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes
    .filter((node) => !node.ignored)
    .map((node) => ({
      role: node.role?.value,
      name: node.name?.value ?? '',
      live: node.properties?.find((p) => p.name === 'live')?.value.value,
    }));
}

const buttonNames = async (page) => (await accessibilityTree(page)).filter((n) => n.role === 'button').map((n) => n.name);

for (const mode of ['iframe', 'element']) {
  test(`${mode}: disclosure buttons are named by their words alone, open or closed`, async () => {
    for (const lang of ['en', 'nl']) {
      const { ui, story } = locales[lang];
      const { page, widget, context } = await openWidget(browser, server, mode, { settings: { lang, tab: 'terms' } });
      const expected = [
        ...story.terms.cards.map((c) => c.question),
        ui.quotes_heading,
        story.context.title,
        ...(story.claims.length ? [ui.claims_heading] : []),
        ui.questions_heading,
        ui.sources_heading,
      ];
      const { details } = story;
      const summary = [details.publisher, details.kind, details.published, details.reading_time, details.level].join(', ');
      for (const state of ['closed', 'open']) {
        if (state === 'open') {
          await openSections(widget);
          const closed = widget.locator('.dx-term [aria-expanded=false]');
          while ((await closed.count()) > 0) await closed.first().click();
        }
        const names = await buttonNames(page);
        for (const name of expected) assert.ok(names.includes(name), `${lang} ${state}: a button named exactly "${name}" (${names.filter((n) => n.startsWith(name.slice(0, 10)))})`);
        assert.ok(names.includes(`${ui.details_heading}: ${summary}`), `${lang} ${state}: the details summary (${names.find((n) => n.includes(details.publisher))})`);
        assert.ok(!names.some((n) => /[+\u2212#\u2713\u2715]\s*$/.test(n)), `${lang} ${state}: no drawn sign in a name`);
      }
      await context.close();
    }
  });
}

test('the embed dialog’s two copy buttons can be told apart', async () => {
  for (const lang of ['en', 'nl']) {
    const { ui } = locales[lang];
    const { page, widget, context } = await openWidget(browser, server, 'iframe', { settings: { lang } });
    await widget.getByRole('button', { name: ui.embed_button }).click();
    await page.getByRole('dialog').waitFor();
    const copies = (await buttonNames(page)).filter((name) => name.startsWith(ui.copy_button));
    assert.deepEqual(copies, [`${ui.copy_button} ${ui.embed_iframe_label}`, `${ui.copy_button} ${ui.embed_script_label}`]);
    await context.close();
  }
});

test('switching language says so once, briefly, in a polite live region in the new language', async () => {
  const { page, widget, context } = await openWidget(browser, server, 'element', { settings: { lang: 'en' } });
  const status = widget.locator('[role=status]').first();
  for (const lang of ['nl', 'en']) {
    const { ui } = locales[lang];
    await widget.locator('.dx-lang__option', { hasText: ui.language_name }).click();
    await page.locator(`.dx[lang=${lang}]`).waitFor();
    assert.equal((await status.textContent()).trim(), ui.language_announcement);
    assert.equal(await status.evaluate((el) => el.closest('[lang]').lang), lang, 'spoken in the new language');
    assert.ok(ui.language_announcement.length < 60, 'a short sentence, not the panel');
    const live = (await accessibilityTree(page)).find((node) => node.role === 'status');
    assert.equal(live?.live, 'polite');
    assert.equal(live?.name ?? '', '', 'the region is not named after what it says');
    const { width, height } = await status.boundingBox();
    assert.ok(width <= 1 && height <= 1, 'heard, not seen');
  }
  await context.close();
});

test('arrow keys move from the focused tab, as the tabs pattern says', async () => {
  const { page, widget, context } = await openWidget(browser, server, 'iframe', {});
  const tabs = widget.getByRole('tab');
  await tabs.nth(2).focus();
  await page.keyboard.press('ArrowRight');
  await expectAttribute(tabs.nth(3), 'aria-selected', 'true');
  assert.equal(await tabs.nth(3).evaluate((tab) => tab === document.activeElement), true);
  await tabs.nth(1).focus();
  await page.keyboard.press('ArrowLeft');
  await expectAttribute(tabs.nth(0), 'aria-selected', 'true');
  await context.close();
});

test('every iframe page has a heading of its own and a title in its language', () => {
  const pages = fs.readdirSync(DIST).filter((f) => /^embed(\..+)?\.html$/.test(f));
  assert.ok(pages.length >= 2 * 4 * 3 * 2, `${pages.length} pages`);
  for (const file of pages) {
    const html = fs.readFileSync(path.join(DIST, file), 'utf8');
    const lang = file.split('.')[1] === 'html' ? 'en' : file.split('.')[1];
    const { ui, story } = locales[lang];
    const title = `${ui.kicker}: ${story.headline}`.replace(/&/g, '&amp;');
    assert.match(html, new RegExp(`<html lang="${lang}"`), file);
    assert.ok(html.includes(`<title>${title}</title>`), `${file}: title`);
    assert.equal(html.match(/<h1[ >]/g)?.length, 1, `${file}: one h1`);
    assert.ok(html.includes(`<h1 id="embed-title" class="dx-visually-hidden">${title}</h1>`), `${file}: h1`);
  }
});

test('the iframe page’s heading is read, though not seen', async () => {
  const { page, context } = await openWidget(browser, server, 'iframe', { settings: { lang: 'nl' } });
  const { ui, story } = locales.nl;
  const heading = (await accessibilityTree(page)).find((node) => node.role === 'heading' && node.name.startsWith(ui.kicker));
  assert.equal(heading?.name, `${ui.kicker}: ${story.headline}`);
  assert.equal(await page.title(), `${ui.kicker}: ${story.headline}`);
  await context.close();
});

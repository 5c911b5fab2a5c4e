// Printing keeps everything: Chromium prints the page to PDF, Debian's pdftotext reads it
// back, and every pillar title, term answer, question answer and source must be in the text,
// every citation's details shown, without the controls, black on white — on the demo page,
// the iframe page and a page with the custom element, in the compact layout a reader has not
// opened anything in.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test, setUp, saveScreenshot } from './harness.mjs';
import { loadContent } from './content.mjs';
import { MODES, galleryPath, openWidget } from './modes.mjs';

const { locales } = loadContent();
const { server, browser } = await setUp();

/** Text as pdftotext and the page may differ in it: ligatures, line ends, hyphen breaks. */
const normal = (text) => text.normalize('NFKC').replace(/\s+/g, ' ').trim();

/** The text of the PDF the page prints to. */
async function printedText(page, name) {
  const file = saveScreenshot(`print-${name}.pdf`);
  await page.pdf({ path: file, format: 'A4', printBackground: true });
  return normal(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
}

/** What must be on paper, by kind. */
function expected({ story }) {
  return {
    'pillar titles': story.pillars.map((p) => p.title),
    'term answers': story.terms.cards.map((c) => c.explanation),
    'question answers': story.questions.map((q) => q.answer),
    sources: story.sources.map((s) => s.title),
  };
}

for (const mode of MODES) {
  test(`printing the ${mode === 'demo' ? 'demo page' : mode === 'iframe' ? 'iframe page' : 'custom element'} keeps every panel, answer and source`, async () => {
    for (const lang of ['en', 'nl']) {
      const { page, widget, context, log } = await openWidget(browser, server, mode, { settings: { lang } });
      const text = await printedText(page, `${mode}-${lang}`);
      const missing = [];
      const counts = [];
      for (const [kind, texts] of Object.entries(expected(locales[lang]))) {
        const absent = texts.filter((t) => !text.includes(normal(t)));
        counts.push(`${texts.length - absent.length}/${texts.length} ${kind}`);
        missing.push(...absent.map((t) => `${kind}: ${t.slice(0, 60)}`));
      }
      console.log(`# ${mode} ${lang}: ${counts.join(', ')}`);
      assert.deepEqual(missing, [], `${mode} ${lang}: missing on paper`);

      // No controls on paper: the language switch and the embed button are not printed.
      const { ui } = locales[lang];
      const other = Object.values(locales).find((l) => l.ui !== ui).ui.language_name;
      assert.ok(!text.includes(other), `${mode} ${lang}: the language switch is not printed`);
      assert.ok(!text.includes(ui.embed_button), `${mode} ${lang}: the embed button is not printed`);

      // Black on white, whatever the theme; every citation's details shown.
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      const citations = await widget.evaluate((dx) => {
        const details = [...dx.querySelectorAll('.dx-cite__detail')];
        return { shown: details.filter((d) => d.checkVisibility()).length, all: details.length };
      });
      console.log(`# ${mode} ${lang}: ${citations.shown}/${citations.all} citation details on paper`);
      assert.equal(citations.shown, citations.all, `${mode} ${lang}: every citation's details`);
      const colours = await widget.evaluate((dx) => {
        const style = getComputedStyle(dx);
        const title = getComputedStyle(dx.querySelector('.dx-panel__title'));
        return [style.color, style.backgroundColor, title.color];
      });
      assert.deepEqual(colours, ['rgb(0, 0, 0)', 'rgb(255, 255, 255)', 'rgb(0, 0, 0)'], `${mode} ${lang}: black on white`);
      if (mode === 'iframe') await page.screenshot({ path: galleryPath(`print-${lang}.png`), fullPage: true });
      assert.deepEqual(log.errors, []);
      await context.close();
    }
  });
}

test('printing in the dark theme with answers open still prints black on white', async () => {
  const { page, widget, context } = await openWidget(browser, server, 'iframe', { settings: { theme: 'dark' } });
  await widget.getByRole('tab').last().click();
  await widget.locator('.dx-term .dx-disclosure__toggle').first().click();
  const text = await printedText(page, 'iframe-dark');
  for (const card of locales.en.story.terms.cards) assert.ok(text.includes(normal(card.explanation)));
  await page.emulateMedia({ media: 'print' });
  assert.equal(await widget.evaluate((dx) => getComputedStyle(dx).backgroundColor), 'rgb(255, 255, 255)');
  assert.ok(fs.statSync(path.join(path.dirname(saveScreenshot('x')), 'print-iframe-dark.pdf')).size > 10000);
  await context.close();
});

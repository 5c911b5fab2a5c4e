// A gallery of the widget for a person to review in one place (test-results/gallery/, not
// committed): the iframe page in English and Dutch, light and dark, at 320, 768 and 1280 px,
// compact and full (print.test.mjs adds the printed page). Each shot is checked for what a
// glance would catch: nothing sideways, the full layout longer than the compact one.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test, setUp } from './harness.mjs';
import { galleryPath, openWidget, transitionsEnded } from './modes.mjs';

const { server, browser } = await setUp();

test('the gallery: both languages, both themes, three widths, both layouts', async () => {
  const shots = [];
  for (const lang of ['en', 'nl']) {
    for (const colorScheme of ['light', 'dark']) {
      for (const width of [320, 768, 1280]) {
        const heights = {};
        for (const layout of ['compact', 'full']) {
          const { page, widget, context, log } = await openWidget(browser, server, 'iframe', {
            settings: { lang, layout },
            colorScheme,
            viewport: { width, height: 800 },
          });
          await transitionsEnded(page);
          const file = galleryPath(`${lang}-${colorScheme}-${width}-${layout}.png`);
          await page.screenshot({ path: file, fullPage: true });
          heights[layout] = (await widget.boundingBox()).height;
          const sideways = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
          assert.ok(sideways <= 0, `${file}: the page scrolls sideways by ${sideways} px`);
          assert.ok(fs.statSync(file).size > 10000, `${file} was written`);
          assert.deepEqual(log.errors, []);
          shots.push(file);
          await context.close();
        }
        assert.ok(heights.full > heights.compact * 1.5, `${lang} ${colorScheme} ${width}: full ${heights.full} px, compact ${heights.compact} px`);
      }
    }
  }
  console.log(`# ${shots.length} screenshots in test-results/gallery/`);
});

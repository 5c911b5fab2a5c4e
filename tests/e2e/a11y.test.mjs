// axe-core (WCAG 2.1 A and AA rules) over the widget as a reader moves through it, in both
// colour schemes and both languages, at phone and desktop widths (320 px included), in the
// compact and the full layout, on the demo page, the iframe page and a page with several
// custom elements (axe looks inside their shadow roots).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { open, interactive, ROOT, setUp } from './harness.mjs';
import { loadContent } from './content.mjs';
import { openSections } from './modes.mjs';

const AXE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const RULES = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const { locales } = loadContent();
const { server, browser } = await setUp();

/**
 * Runs axe on the page; returns "rule: element" lines for every violation, and for every check
 * axe could not decide ("incomplete") on the widget: a contrast axe cannot compute is one
 * nobody checked. Undecided checks on the host page's own elements are printed, not counted.
 */
async function violations(page) {
  // Evaluated, not injected as a <script>: the pages' policy allows no inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  // Colours mid-transition are neither the old nor the new ones; judge the settled state.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  const result = await page.evaluate((rules) => axe.run(document, { runOnly: rules }), RULES);
  const lines = (results, label = '') => results.flatMap((v) => v.nodes.map((n) => `${v.id}${label}: ${n.target.flat().join(' ')}`));
  const ours = (line) => /\.dx|deal-explainer|#dx-/.test(line);
  const undecided = lines(result.incomplete, ' (undecided)');
  for (const line of undecided.filter((l) => !ours(l))) console.log(`# the host page's own, undecided: ${line}`);
  return [...lines(result.violations), ...undecided.filter(ours)];
}

for (const colorScheme of ['light', 'dark']) {
  test(`the demo page in every tab, with sections, answers and the embed dialog open, in ${colorScheme}, at 390 and 320 px`, async () => {
    const found = [];
    for (const width of [390, 320]) {
      const { page, context } = await open(browser, `${server.url}/`, { colorScheme, viewport: { width, height: 844 } });
      await interactive(page);
      const widget = page.locator('.dx');
      const check = async (state) => found.push(...(await violations(page)).map((v) => `${width}px ${state}: ${v}`));
      for (const code of ['en', 'nl']) {
        const { ui, story } = locales[code];
        await widget.locator('.dx-lang__option', { hasText: ui.language_name }).click();
        for (const tab of [...story.pillars.map((p) => p.label), story.terms.label]) {
          await widget.getByRole('tab', { name: tab }).click();
          await check(`${code} ${tab}`);
        }
        // The compact layout's sections, opened (they stay open in the other language).
        await openSections(widget);
        await check(`${code} sections open`);
        const closed = widget.locator('.dx-terms [aria-expanded=false]');
        while ((await closed.count()) > 0) await closed.first().click();
        await widget.locator('.dx-questions [aria-expanded=false]').first().click();
        await widget.locator('.dx-cite__toggle:visible').first().click();
        await check(`${code} answers open`);
        await widget.getByRole('button', { name: ui.embed_button }).click();
        await check(`${code} embed dialog`);
        await page.keyboard.press('Escape');
      }
      await context.close();
    }
    assert.deepEqual(found, []);
  });
}

test('the iframe page (compact and full, 320 to 1280 px) and five custom elements in all three themes', async () => {
  const found = [];
  for (const colorScheme of ['light', 'dark']) {
    for (const [url, width] of [
      ['/embed.html?lang=nl&tab=terms', 1280],
      ['/embed.html?theme=dark', 1280],
      ['/embed.html?lang=nl&layout=full', 320],
      ['/embed.html?layout=full&theme=dark', 768],
      ['/hosts/five.html', 1280],
    ]) {
      const { page, context } = await open(browser, `${server.url}${url}`, { colorScheme, viewport: { width, height: 900 } });
      if (url.startsWith('/hosts/')) {
        await page.waitForFunction(() =>
          [...document.querySelectorAll('deal-explainer')].every(
            (e) => e.shadowRoot?.querySelector('[data-deal-explainer]')?.dataset.state === 'interactive',
          ),
        );
      } else {
        await interactive(page);
      }
      found.push(...(await violations(page)).map((v) => `${url} ${width}px ${colorScheme}: ${v}`));
      await context.close();
    }
  }
  assert.deepEqual(found, []);
});

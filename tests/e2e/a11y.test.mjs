// axe-core (WCAG 2.1 A and AA rules) over the widget as a reader moves through it, in both
// colour schemes and both languages, at phone and desktop widths (320 px included), in the
// compact and the full layout, on the demo page, the iframe page and a page with several
// custom elements (axe looks inside their shadow roots).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test, open, interactive, settled, ROOT, setUp } from './harness.mjs';
import { loadContent } from './content.mjs';
import { openSections, transitionsEnded } from './modes.mjs';

const AXE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const RULES = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const { locales } = loadContent();
const { server, browser } = await setUp();

/**
 * Runs axe on the page; returns "rule: element" lines for every violation, and for every check
 * axe could not decide ("incomplete") on the widget: a contrast axe cannot compute is one
 * nobody checked. Where axe cannot see a text's background (it finds the text "overlapped",
 * as it does in the modal dialog), the contrast is computed here from the text's colour and
 * the first opaque background behind it; only what neither can decide is reported.
 * Undecided checks on the host page's own elements are printed, not counted, and so is the
 * text of a drawing (`svg[role=img]`, the rack's part numbers): WCAG 1.4.3 exempts text that
 * is part of a picture, and each part is named in the list beside it.
 */
async function violations(page) {
  // Evaluated, not injected as a <script>: the pages' policy allows no inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  // Colours mid-transition are neither the old nor the new ones; judge the settled state.
  await settled(page);
  await transitionsEnded(page);
  const { violations, undecided, skipped } = await page.evaluate(async (rules) => {
    const result = await axe.run(document, { runOnly: rules });
    const name = (node) => node.target.flat().join(' ');
    /** WCAG contrast of the text of `element` on the first opaque background behind it, if that can be known. */
    const contrast = (element) => {
      const rgba = (css) => css.match(/[\d.]+/g).map(Number);
      const luminance = ([r, g, b]) =>
        [r, g, b].map((c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
      const text = getComputedStyle(element);
      const fg = rgba(text.color);
      if ((fg[3] ?? 1) < 1) return null;
      for (let at = element; at; at = at.parentElement ?? at.getRootNode().host) {
        const style = getComputedStyle(at);
        if (style.backgroundImage !== 'none' || Number(style.opacity) < 1) return null;
        const bg = rgba(style.backgroundColor);
        if ((bg[3] ?? 1) === 0) continue;
        if (bg[3] !== undefined && bg[3] < 1) return null;
        const [light, dark] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
        const size = parseFloat(text.fontSize);
        const large = size >= 24 || (size >= 18.66 && Number(text.fontWeight) >= 700);
        return { ratio: (light + 0.05) / (dark + 0.05), needed: large ? 3 : 4.5 };
      }
      return null;
    };
    const undecided = [];
    const skipped = [];
    const failing = result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${name(n)}`));
    for (const rule of result.incomplete) {
      for (const node of rule.nodes) {
        const element = axe.utils.shadowSelect(node.target);
        const root = element?.getRootNode();
        const ours = element?.closest('.dx') || (root instanceof ShadowRoot && root.host.localName === 'deal-explainer');
        const line = `${rule.id} (undecided): ${name(node)} (${node.any.map((c) => c.message).join('; ')})`;
        if (!ours || element.closest('svg[role=img]')) {
          skipped.push(`${ours ? 'in a drawing' : "the host page's own"}: ${line}`);
          continue;
        }
        const measured = rule.id === 'color-contrast' ? contrast(element) : null;
        if (measured && measured.ratio >= measured.needed) continue;
        if (measured) failing.push(`${rule.id}: ${name(node)} (${measured.ratio.toFixed(2)}:1, needs ${measured.needed}:1)`);
        else undecided.push(line);
      }
    }
    return { violations: failing, undecided, skipped };
  }, RULES);
  for (const line of new Set(skipped)) console.log(`# not counted, ${line}`);
  return [...violations, ...undecided];
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

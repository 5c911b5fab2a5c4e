// The reader's own text size (WCAG 1.4.4): with the browser's default font size at 32 px the
// widget's text doubles, in every embed mode, whether the host page sets its root to 62.5 %
// (as many news sites do) or sets nothing; at the usual 16 px it stays 16 px; and a host's
// `--dx-font-size` still wins.
import assert from 'node:assert/strict';
import { test, setUp } from './harness.mjs';
import { MODES, openWidget } from './modes.mjs';

const { server, browser } = await setUp();

/** Font sizes of the widget's body text, its headline and a citation button, in px. */
const sizes = (widget) =>
  widget.evaluate((dx) => {
    const px = (selector) => parseFloat(getComputedStyle(dx.querySelector(selector)).fontSize);
    return { text: px('[role=tabpanel]:not([hidden]) .dx-panel__summary'), headline: px('.dx-headline'), citation: px('.dx-cite__toggle') };
  });

for (const rootSize of [undefined, '62.5%']) {
  test(`text follows the reader's default size${rootSize ? `, on a host whose root is ${rootSize}` : ''}`, async () => {
    for (const mode of MODES) {
      for (const fontSize of [16, 32]) {
        const { widget, context, log } = await openWidget(browser, server, mode, { fontSize, rootSize, viewport: { width: 1280, height: 900 } });
        const found = await sizes(widget);
        console.log(`# ${mode}, reader's size ${fontSize}px${rootSize ? `, root ${rootSize}` : ''}: ${JSON.stringify(found)}`);
        // A citation is 0.75 of the base; the headline 1.5 (1.3125 in a narrow widget).
        assert.deepEqual({ ...found, headline: undefined }, { text: fontSize, headline: undefined, citation: fontSize * 0.75 }, `${mode} at ${fontSize}px`);
        assert.ok([1.5, 1.3125].includes(found.headline / fontSize), `${mode}: headline ${found.headline}px`);
        assert.deepEqual(log.errors, []);
        await context.close();
      }
    }
  });
}

test('a host page sets the size with --dx-font-size, on the element or an ancestor', async () => {
  const { page, widget, context } = await openWidget(browser, server, 'element', { fontSize: 32 });
  await page.evaluate(() => document.body.style.setProperty('--dx-font-size', '20px'));
  assert.deepEqual(await sizes(widget), { text: 20, headline: 30, citation: 15 });
  await page.evaluate(() => document.querySelector('deal-explainer').style.setProperty('--dx-font-size', '24px'));
  assert.equal((await sizes(widget)).text, 24, 'the element itself');
  await context.close();
});

// Reflow (WCAG 1.4.10, 1.4.4, 1.4.12): at 320 px, in English and Dutch, with the reader's
// text at twice its size, every tab, button and summary holds its words whole — nothing runs
// out of its control, no word is broken across lines, nothing leaves the widget — in all
// three ways the widget is embedded; the same with text-spacing overrides, and at 320 and
// 360 px with text at its usual size.
import assert from 'node:assert/strict';
import { test, setUp } from './harness.mjs';
import { MODES, openWidget, openSections } from './modes.mjs';

const { server, browser } = await setUp();

/**
 * Every visible control of the widget that holds text, and what is wrong with it. Tabs and
 * the toolbar's buttons must hold each word on one line; with `everyWord`, so must every
 * other control (at 200 % on a 320 px screen a long word in a question may wrap instead).
 */
function problems(dx, everyWord) {
  const found = [];
  const box = dx.getBoundingClientRect();
  const name = (el) => `${el.getAttribute('role') ?? el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 40)}"`;
  for (const el of dx.querySelectorAll('button, [role=tab], summary, .dx-summary')) {
    if (!el.checkVisibility()) continue;
    if (el.scrollWidth > el.clientWidth) found.push(`${name(el)}: content ${el.scrollWidth} px in ${el.clientWidth} px`);
    const rect = el.getBoundingClientRect();
    const within = [];
    for (let at = el.parentElement; at && at !== dx && within.length < 3; at = at.parentElement) if (at.classList[0]?.startsWith('dx-')) within.push(at.classList[0]);
    if (rect.left < box.left - 0.5 || rect.right > box.right + 0.5) found.push(`${name(el)} (in ${within.join(' < ')}): outside the widget`);
    // Each word on one line: a word broken across lines has two boxes.
    if (!everyWord && !el.matches('[role=tab], .dx-toolbar button')) continue;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement.checkVisibility()) continue;
      for (const match of node.data.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (lines.size > 1) found.push(`${name(el)}: "${match[0]}" broken across lines`);
      }
    }
  }
  if (dx.scrollWidth > dx.clientWidth) {
    // Name the first element that reaches past the widget's right edge.
    const wide = [...dx.querySelectorAll('*')].find((el) => el.checkVisibility() && el.getBoundingClientRect().right > box.right + 0.5);
    const what = wide ? ` (${wide.tagName.toLowerCase()}.${[...wide.classList].join('.')} "${wide.textContent.trim().slice(0, 30)}")` : '';
    found.push(`the widget scrolls sideways: ${dx.scrollWidth} px in ${dx.clientWidth} px${what}`);
  }
  return found;
}

/** WCAG 1.4.12's text-spacing overrides, applied to the page and into every shadow root. */
async function overrideTextSpacing(page) {
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
      p { margin-bottom: 2em !important; }`);
    for (const root of [document, ...[...document.querySelectorAll('deal-explainer')].map((e) => e.shadowRoot)]) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
  });
}

/** Problems in every tab's state, with every section open (their controls visible). */
async function check(page, widget, everyWord = true) {
  const found = [];
  await openSections(widget);
  const tabs = widget.getByRole('tab');
  for (let i = 0; i < (await tabs.count()); i += 1) {
    await tabs.nth(i).click();
    found.push(...(await widget.evaluate(problems, everyWord)));
  }
  // The page around the widget must not scroll sideways either.
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (sideways > 0) found.push(`the page scrolls sideways by ${sideways} px`);
  return [...new Set(found)];
}

for (const spacing of [false, true]) {
  test(`at 320 px ${spacing ? 'with text-spacing overrides' : 'with text at 200 %'}, every control holds its words`, async () => {
    const found = [];
    let controls = 0;
    for (const mode of MODES) {
      for (const lang of ['en', 'nl']) {
        const { page, widget, context, log } = await openWidget(browser, server, mode, {
          settings: { lang },
          fontSize: spacing ? 16 : 32,
          viewport: { width: 320, height: 640 },
        });
        if (spacing) await overrideTextSpacing(page);
        else assert.equal(await widget.evaluate((dx) => getComputedStyle(dx).fontSize), '32px', `${mode}: text at 200 %`);
        found.push(...(await check(page, widget, spacing)).map((p) => `${mode} ${lang}: ${p}`));
        controls += await widget.locator('button:visible').count();
        assert.deepEqual(log.errors, []);
        await context.close();
      }
    }
    console.log(`# ${controls} controls checked, ${found.length} problems`);
    assert.deepEqual(found, []);
  });
}

test('at 320 and 360 px with text at its usual size, every control holds its words', async () => {
  const found = [];
  for (const width of [320, 360]) {
    for (const mode of MODES) {
      for (const lang of ['en', 'nl']) {
        const { page, widget, context } = await openWidget(browser, server, mode, { settings: { lang }, viewport: { width, height: 640 } });
        found.push(...(await check(page, widget)).map((p) => `${mode} ${lang} ${width}px: ${p}`));
        await context.close();
      }
    }
  }
  assert.deepEqual(found, []);
});

// Borders that identify a control (tabs, buttons, the language switch, the cards a reader
// opens, citation buttons) contrast at least 3:1 with the background around them (WCAG
// 1.4.11), computed from the colours the stylesheet gives them, in the light and the dark
// theme, whether chosen by the embed or by the reader's system.
import assert from 'node:assert/strict';
import { test, setUp } from './harness.mjs';
import { openWidget, openSections, transitionsEnded } from './modes.mjs';

const { server, browser } = await setUp();

/** `[selector, border colour, background around it]` for every visible control. */
function controlColours(dx) {
  const CONTROLS = '[role=tab], .dx-button, .dx-lang, .dx-disclosure, .dx-cite__toggle';
  const background = (el) => {
    for (let node = el; node; node = node.parentElement) {
      const colour = getComputedStyle(node).backgroundColor;
      if (!/rgba\(.*, 0\)$|transparent/.test(colour)) return colour;
    }
    return 'rgb(255, 255, 255)';
  };
  return [...dx.querySelectorAll(CONTROLS)]
    .filter((el) => el.checkVisibility())
    .map((el) => [el.className || el.getAttribute('role'), getComputedStyle(el).borderTopColor, background(el.parentElement)]);
}

function luminance(rgb) {
  const [r, g, b] = rgb.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((v) => v / 255)
    .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a, b) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

for (const [theme, colorScheme] of [['light', 'light'], ['dark', 'light'], ['auto', 'dark']]) {
  test(`control borders contrast at least 3:1 in the ${theme} theme${theme === 'auto' ? ' of a reader who prefers dark' : ''}`, async () => {
    const { page, widget, context } = await openWidget(browser, server, 'element', { settings: { theme, tab: 'terms' }, colorScheme });
    await openSections(widget);
    await transitionsEnded(page);
    const colours = await widget.evaluate(controlColours);
    assert.ok(colours.length > 20, `${colours.length} controls`);
    const low = colours.filter(([, border, around]) => contrast(border, around) < 3);
    const lowest = Math.min(...colours.map(([, border, around]) => contrast(border, around)));
    console.log(`# ${theme}: ${colours.length} controls, lowest border contrast ${lowest.toFixed(2)}:1`);
    assert.deepEqual(low.map(([what, border, around]) => `${what}: ${border} on ${around} is ${contrast(border, around).toFixed(2)}:1`), []);
    await context.close();
  });
}

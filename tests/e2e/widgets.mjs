// What the tests need to find and read a widget on a host page: in a custom element's shadow
// root or in an iframe, what it shows, and whether an iframe fits its content.
import assert from 'node:assert/strict';
import { eventually, interactive, settled } from './harness.mjs';
import { loadContent } from './content.mjs';

const { locales } = loadContent();

/** The policy of a strict host, allowing the widget's origin (none of its own: '') and nothing else. */
export const strictCsp = (widget) =>
  ['default-src', 'script-src', 'style-src', 'frame-src', 'connect-src']
    .map((directive) => [directive, "'self'", widget, directive === 'script-src' ? "'wasm-unsafe-eval'" : ''].filter(Boolean).join(' '))
    .join("; ");

/** The label a tab shows in `lang`: a pillar's, or the terms'. */
export function tabLabel(lang, tab) {
  const { story } = locales[lang];
  return tab === 'terms' ? story.terms.label : story.pillars.find((p) => p.id === tab).label;
}

/** Waits until the `<deal-explainer>` matching `selector` is interactive; returns its `.dx` locator. */
export async function elementWidget(page, selector = 'deal-explainer') {
  // The widget loads when it comes near the reader's view.
  await page.locator(selector).first().scrollIntoViewIfNeeded();
  await page.waitForFunction(
    (s) => document.querySelector(s)?.shadowRoot?.querySelector('[data-deal-explainer]')?.dataset.state === 'interactive',
    selector,
  );
  return page.locator(`${selector} .dx`);
}

/** The frame of the first iframe on `page` showing embed.html, once its widget is interactive. */
export async function frameWidget(page, index = 0) {
  const iframe = page.locator('iframe').nth(index);
  const frame = await (await iframe.elementHandle()).contentFrame();
  await interactive(frame);
  return { iframe, frame };
}

/** What a widget shows: its language, the selected tab's label, its theme. */
export async function shown(widget) {
  return {
    lang: await widget.getAttribute('lang'),
    tab: (await widget.locator('[role=tab][aria-selected=true]').innerText()).replace(/^\d+\s*/, '').trim(),
    theme: await widget.getAttribute('data-theme'),
  };
}

/** Waits until `widget` shows `lang` and `tab` (its headline and that tab's panel), or fails. */
export async function expectShown(widget, lang, tab, message) {
  const actual = await eventually(async () => {
    const now = await shown(widget);
    return now.lang === lang && now.tab === tabLabel(lang, tab) ? now : null;
  }, `${message}: ${lang}, ${tab}`, 10000).catch(async () => shown(widget));
  assert.equal(actual.lang, lang, `${message}: language`);
  assert.equal(actual.tab, tabLabel(lang, tab), `${message}: tab`);
  // What the reader sees: the headline in that language and the tab's own panel.
  const { story } = locales[lang];
  assert.ok(await widget.getByRole('heading', { name: story.headline }).isVisible(), `${message}: headline`);
  const title = tab === 'terms' ? story.terms.title : story.pillars.find((p) => p.id === tab).title;
  assert.ok(await widget.locator('[role=tabpanel]:not([hidden])').getByText(title, { exact: true }).isVisible(), `${message}: panel`);
}

/** Heights of the iframe and of its content, and whether the content scrolls. */
export async function fit(iframe, frame) {
  // The iframe's inner height: host CSS may give it a border.
  const outer = await iframe.evaluate((f) => f.clientHeight);
  return frame.evaluate((outer) => {
    const root = document.documentElement;
    return {
      outer,
      content: document.body.getBoundingClientRect().height,
      scrolls: root.scrollHeight > root.clientHeight || root.scrollWidth > root.clientWidth,
    };
  }, outer);
}

/**
 * Waits until the iframe is within 2 px of its content's height and shows no scrollbar. The
 * frame paints first, so what is measured is the layout after whatever the caller just did.
 */
export async function fitted(iframe, frame, message) {
  await settled(frame);
  let last;
  const fits = async () => {
    last = await fit(iframe, frame);
    return Math.abs(last.outer - last.content) <= 2 && last.outer >= last.content - 0.01 && !last.scrolls;
  };
  await eventually(fits, message, 5000).catch(() =>
    assert.fail(`${message}: iframe ${last.outer}px for content ${last.content}px${last.scrolls ? ', scrolling' : ''}`),
  );
  return last;
}


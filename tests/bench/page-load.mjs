// Page load on loopback, unthrottled: the demo page against its script-free floor.
import { DESKTOP, freshPage, firstPaint, widgetsInteractive, pageRecord } from './lib/browser.mjs';
import { median, ms, table } from './lib/format.mjs';

const LOADS = 11;

/** One load in a fresh context: first contentful paint and, if the page has the widget, its interactive time. */
async function load(browser, url, { widget }) {
  const { context, page } = await freshPage(browser, DESKTOP);
  await page.goto(url);
  await firstPaint(page);
  if (widget) await widgetsInteractive(page);
  const record = await pageRecord(page);
  await context.close();
  return { fcp: record.fcp, interactive: record.interactive[0] };
}

export async function pageLoadSection(browser, site) {
  const demo = [];
  const floor = [];
  for (let i = 0; i < LOADS; i += 1) {
    // Alternating, so a change in the machine's load affects both alike.
    demo.push(await load(browser, `${site}/`, { widget: true }));
    floor.push(await load(browser, `${site}/floor.html`, { widget: false }));
  }
  const row = (name, values) => [name, ms(median(values)), ms(Math.min(...values)), ms(Math.max(...values))];
  const demoFcp = demo.map((r) => r.fcp);
  const demoInteractive = demo.map((r) => r.interactive);
  const floorFcp = floor.map((r) => r.fcp);
  return [
    `${LOADS} loads of each page, each in a fresh browser context; ${DESKTOP.viewport.width}×${DESKTOP.viewport.height}; loopback server. From navigation.`,
    '',
    table(['measure', 'median>', 'min>', 'max>'], [
      row('demo page: first contentful paint', demoFcp),
      row('demo page: widget hydrated and interactive', demoInteractive),
      row('floor (same HTML, no script): first contentful paint', floorFcp),
    ]),
    '',
    `Medians, demo ÷ floor: first contentful paint **${(median(demoFcp) / median(floorFcp)).toFixed(2)}**; ` +
      `interactive ÷ the floor's first contentful paint **${(median(demoInteractive) / median(floorFcp)).toFixed(2)}**.`,
  ].join('\n');
}

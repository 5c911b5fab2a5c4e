// Tab-switch latency on the demo page: from the click to the paint after it.
import { open, interactive } from '../e2e/harness.mjs';
import { DESKTOP } from './lib/browser.mjs';
import { ms, percentile, table } from './lib/format.mjs';

const TAB_SWITCHES = 120;

export async function tabSwitchSection(browser, site) {
  const { page, context, log } = await open(browser, `${site}/`, { viewport: DESKTOP.viewport });
  await interactive(page);
  await page.evaluate(() => {
    window.benchSwitches = [];
    document.addEventListener(
      'click',
      (event) => {
        const tab = event.target.closest('[role=tab]');
        if (!tab) return;
        const start = performance.now();
        // requestAnimationFrame runs just before the next paint, the timeout just after it.
        requestAnimationFrame(() =>
          setTimeout(() => {
            const shown = tab.getAttribute('aria-selected') === 'true';
            window.benchSwitches.push({ latency: performance.now() - start, shown });
          }),
        );
      },
      true,
    );
  });
  const tabs = page.locator('.dx [role=tab]');
  const count = await tabs.count();
  for (let i = 0; i < TAB_SWITCHES; i += 1) {
    // The first tab is open at the start: begin with the second, then cycle.
    await tabs.nth((i + 1) % count).click();
    await page.waitForFunction((n) => window.benchSwitches.length >= n, i + 1);
  }
  const switches = await page.evaluate(() => window.benchSwitches);
  await context.close();
  if (log.errors.length) throw new Error(`the demo page reported errors: ${log.errors.join('; ')}`);
  const latencies = switches.map((s) => s.latency);
  const late = switches.filter((s) => !s.shown).length;
  return [
    `${TAB_SWITCHES} clicks cycling through the ${count} tabs of the demo page, from the click event to the paint after it.`,
    '',
    table(
      ['p50>', 'p95>', 'max>', 'clicks whose tab was not yet selected at that paint>'],
      [[ms(percentile(latencies, 50)), ms(percentile(latencies, 95)), ms(Math.max(...latencies)), late]],
    ),
  ].join('\n');
}

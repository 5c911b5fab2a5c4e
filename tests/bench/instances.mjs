// Many widgets on one page: 20 plain `<deal-explainer>` elements against 1.
import { DESKTOP, freshPage, widgetsInteractive, jsHeap, pageRecord, wasmMemory } from './lib/browser.mjs';
import { siteAsset } from './site.mjs';
import { median, ms, kb, table } from './lib/format.mjs';

export const INSTANCE_COUNTS = [1, 20];
const LOADS = 5;

/** One load of the page with `instances` elements: navigation → all interactive, JS heap after. */
async function loadMany(browser, site, instances) {
  const { context, page, cdp } = await freshPage(browser, DESKTOP);
  await page.goto(`${site}/many-${instances}.html`);
  await widgetsInteractive(page, instances);
  const { interactive } = await pageRecord(page);
  if (interactive.length !== instances) throw new Error(`recorded ${interactive.length} interactive widgets, expected ${instances}`);
  const heap = await jsHeap(cdp);
  const wasm = await wasmMemory(page, `${site}/${siteAsset('runtime.js')}`);
  await context.close();
  return { allInteractive: Math.max(...interactive), heap, wasm };
}

export async function instancesSection(browser, site) {
  const rows = [];
  for (const instances of INSTANCE_COUNTS) {
    const runs = [];
    for (let i = 0; i < LOADS; i += 1) runs.push(await loadMany(browser, site, instances));
    rows.push({
      instances,
      time: median(runs.map((r) => r.allInteractive)),
      heap: median(runs.map((r) => r.heap)),
      wasm: median(runs.map((r) => r.wasm)),
    });
  }
  const [one, many] = rows;
  return [
    `\`<deal-explainer>\` elements rendered in the browser (no prerendered markup), one script; median of ${LOADS} loads ` +
      'in fresh contexts. The heap is JavaScript’s after a garbage collection (CDP `JSHeapUsedSize`); ' +
      'the module’s linear memory (one module for all instances) is not in it and is shown beside it.',
    '',
    table(
      ['instances>', 'navigation → all interactive>', 'JS heap used>', 'WebAssembly memory>'],
      rows.map((r) => [r.instances, ms(r.time), kb(r.heap), kb(r.wasm)]),
    ),
    '',
    `${many.instances} ÷ ${one.instances}: time **${(many.time / one.time).toFixed(2)}**; heap **${(many.heap / one.heap).toFixed(2)}** ` +
      `(+${kb(many.heap - one.heap)}); WebAssembly memory **${(many.wasm / one.wasm).toFixed(2)}** (+${kb(many.wasm - one.wasm)}).`,
  ].join('\n');
}

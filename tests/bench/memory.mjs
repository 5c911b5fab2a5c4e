// The memory of one widget, at rest and at its peak: on the demo page, the WebAssembly
// module's linear memory (read through the runtime) and the JS heap after a garbage
// collection, after loading and after each step of a reader who opens everything.
import { DESKTOP, freshPage, widgetsInteractive, jsHeap, wasmMemory } from './lib/browser.mjs';
import { siteAsset } from './site.mjs';
import { kb, table } from './lib/format.mjs';

/**
 * Clicks, in the page, every visible button of the widget that `selector` matches and that
 * was not clicked before, a frame apart, until none is left (opening one may show more).
 * Returns how many it clicked.
 */
async function clickAll(page, selector) {
  return page.evaluate(async (selector) => {
    const done = new WeakSet();
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    let clicked = 0;
    for (let round = 0; round < 1000; round += 1) {
      const next = [...document.querySelectorAll(`.dx ${selector}`)].find((b) => !done.has(b) && b.checkVisibility());
      if (!next) break;
      done.add(next);
      next.click();
      clicked += 1;
      await frame();
    }
    return clicked;
  }, selector);
}

/**
 * What the demo's hydrated widget is compared with, each on the article without its
 * widget (the floor page, no script): the article alone; the module instantiated through the
 * runtime, no widget started; one widget rendered afresh into an empty element; and, in
 * another fresh context, one widget started on the page's prerendered markup altered after
 * the build, which the module reads and fingerprints, then renders afresh over.
 */
async function baseline(browser, site, runtime) {
  const module = `${site}/${siteAsset('deal_explainer_bg.wasm')}`;
  const rows = [];
  const measure = async (step, page, cdp, withModule = true) =>
    rows.push({ step, wasm: withModule ? await wasmMemory(page, runtime) : null, heap: await jsHeap(cdp) });

  let { context, page, cdp } = await freshPage(browser, DESKTOP);
  await page.goto(`${site}/floor.html`);
  await measure('the article alone, no script (floor page)', page, cdp, false);
  await page.evaluate(async ([runtime, module]) => (await import(runtime)).load(module), [runtime, module]);
  await measure('there, the module instantiated, no widget started', page, cdp);
  await page.evaluate(async (runtime) => {
    const mount = document.createElement('div');
    mount.setAttribute('data-deal-explainer', '');
    document.body.append(mount);
    await (await import(runtime)).start(mount, { lang: 'en' });
  }, runtime);
  await measure('there, one widget rendered afresh into an empty element', page, cdp);
  await context.close();

  ({ context, page, cdp } = await freshPage(browser, DESKTOP));
  await page.goto(`${site}/floor.html`);
  await page.evaluate(
    async ([runtime, module]) => {
      const mount = document.querySelector('[data-deal-explainer]');
      mount.querySelector('p').append(' (altered)');
      const loaded = await import(runtime);
      await loaded.load(module);
      await loaded.start(mount, { lang: 'en' });
    },
    [runtime, module],
  );
  await measure('the floor page’s prerendered markup, altered: read and fingerprinted by the module, then rendered afresh', page, cdp);
  await context.close();
  return rows;
}

export async function memorySection(browser, site) {
  const runtime = `${site}/${siteAsset('runtime.js')}`;
  const before = await baseline(browser, site, runtime);
  const { context, page, cdp } = await freshPage(browser, DESKTOP);
  await page.goto(`${site}/`);
  await widgetsInteractive(page);
  const steps = [];
  const measure = async (step) => steps.push({ step, wasm: await wasmMemory(page, runtime), heap: await jsHeap(cdp) });
  await measure('the demo page: widget hydrated, at rest');
  const tabs = await page.locator('.dx [role=tab]').count();
  for (const lang of ['en', 'nl']) {
    await page.locator(`.dx button[lang=${lang}][aria-pressed]`).click();
    await page.locator(`.dx button[lang=${lang}][aria-pressed=true]`).waitFor();
    let opened = 0;
    for (let i = 0; i < tabs; i += 1) {
      await page.locator('.dx [role=tab]').nth(i).click();
      opened += await clickAll(page, '[aria-expanded=false]');
    }
    const open = await page.locator('.dx [aria-expanded=true]').count();
    await measure(`${lang}: every tab visited, ${opened} more answers and citations opened (${open} open)`);
  }
  await page.locator('.dx [aria-haspopup=dialog]').click();
  await page.locator('.dx dialog[open] .dx-dialog__intro').waitFor();
  await measure('embed dialog open');
  await context.close();
  const peak = Math.max(...steps.map((s) => s.wasm));
  return {
    steps,
    markdown: [
      'The module’s linear memory (`memory.buffer.byteLength`, read through the runtime; it grows in 64 KiB pages and never ' +
        'shrinks) and the JS heap after a garbage collection, each page in a fresh context at 1280×900. First on the article without ' +
        'its widget (the floor page), then on the demo page after each step of a reader who visits every tab in both languages, ' +
        'opens every answer and citation, then the embed dialog: its last row is the peak.',
      '',
      table(['after', 'WebAssembly memory>', 'JS heap>'], [...before, ...steps].map((s) => [s.step, s.wasm === null ? '–' : kb(s.wasm), kb(s.heap)])),
      '',
      `One widget’s WebAssembly memory at rest **${kb(steps[0].wasm)}**, at its peak **${kb(peak)}**; ` +
        `JS heap plus WebAssembly memory at rest ${kb(steps[0].wasm + steps[0].heap)}, at the peak ${kb(peak + steps.at(-1).heap)}.`,
    ].join('\n'),
  };
}

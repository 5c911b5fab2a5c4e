// Benchmark of the built site (dist/): what readers download, how fast the widget shows and
// responds, and what 20 instances cost. Prints Markdown tables; run it through
// `bash scripts/bench.sh`, which builds first. Not a test: it asserts nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { serve, launch, DIST } from '../e2e/harness.mjs';

const LOADS = 11;
const TAB_SWITCHES = 120;
const INSTANCES = 20;
const MANY_LOADS = 5;
const VIEWPORT = { width: 1280, height: 900 };

const ASSETS = [
  'pkg/deal_explainer_bg.wasm',
  'pkg/deal_explainer.js',
  'widget.css',
  'page.js',
  'deal-explainer.js',
  'embed-host.js',
  'embed-frame.js',
  'index.html',
  'embed.html',
];

const median = (values) => percentile(values, 50);

/** Nearest-rank percentile of `values` (p in 0..100). */
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

const ms = (value) => `${value.toFixed(1)} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function assetTable() {
  const rows = ASSETS.map((file) => {
    const body = fs.readFileSync(path.join(DIST, file));
    const gzip = zlib.gzipSync(body, { level: 9 }).length;
    const brotli = zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    return { file, raw: body.length, gzip, brotli };
  });
  const widget = rows.filter((r) => ['pkg/deal_explainer_bg.wasm', 'pkg/deal_explainer.js', 'widget.css', 'page.js'].includes(r.file));
  const total = (key) => widget.reduce((sum, r) => sum + r[key], 0);
  return [
    '| asset | raw | gzip -9 | brotli 11 |',
    '|---|---:|---:|---:|',
    ...rows.map((r) => `| ${r.file} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`),
    `| **widget on the demo page** (wasm, glue, CSS, page.js) | ${kb(total('raw'))} | ${kb(total('gzip'))} | ${kb(total('brotli'))} |`,
  ].join('\n');
}

/** Records when any `data-state` becomes `interactive`; runs before the page's own scripts. */
function recordInteractive() {
  new MutationObserver((mutations) => {
    if (mutations.some((m) => m.target.getAttribute('data-state') === 'interactive')) {
      window.benchInteractiveAt ??= performance.now();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
}

/** One load in a fresh context: first contentful paint and (for the widget) interactive. */
async function load(browser, url, { widget }) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(recordInteractive);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  if (widget) await page.waitForFunction(() => window.benchInteractiveAt !== undefined);
  const result = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime,
    interactive: window.benchInteractiveAt,
  }));
  await context.close();
  return result;
}

async function loadTable(browser, server) {
  // The floor: the same prerendered page without any script, served beside it.
  const floorHtml = fs
    .readFileSync(path.join(DIST, 'index.html'), 'utf8')
    .replace(/<script\b[^>]*><\/script>\s*/g, '')
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, '');
  const floorUrl = `${server.url}/floor.html`;
  const demo = [];
  const floor = [];
  for (let i = 0; i < LOADS; i += 1) {
    // Alternating, so drift in the machine's load affects both alike.
    demo.push(await load(browser, `${server.url}/`, { widget: true }));
    floor.push(await loadFloor(browser, floorUrl, floorHtml));
  }
  const row = (name, values) =>
    `| ${name} | ${ms(median(values))} | ${ms(Math.min(...values))} | ${ms(Math.max(...values))} |`;
  const demoFcp = demo.map((r) => r.fcp);
  const floorFcp = floor.map((r) => r.fcp);
  const demoInteractive = demo.map((r) => r.interactive);
  return [
    `Medians of ${LOADS} loads each, fresh context per load, ${VIEWPORT.width}×${VIEWPORT.height}, loopback server.`,
    '',
    '| measure | median | min | max |',
    '|---|---:|---:|---:|',
    row('demo page: first contentful paint', demoFcp),
    row('demo page: widget hydrated and interactive', demoInteractive),
    row('floor (same HTML, no script): first contentful paint', floorFcp),
    '',
    `First contentful paint, demo ÷ floor: **${(median(demoFcp) / median(floorFcp)).toFixed(2)}**. ` +
      `Interactive ÷ floor's first paint: **${(median(demoInteractive) / median(floorFcp)).toFixed(2)}**.`,
  ].join('\n');
}

async function loadFloor(browser, url, html) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0].startTime);
  await context.close();
  return { fcp };
}

/** Click on a tab → the frame after the widget shows it, for many switches. */
async function tabSwitchTable(browser, server) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(recordInteractive);
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await page.waitForFunction(() => window.benchInteractiveAt !== undefined);
  await page.evaluate(() => {
    window.benchSwitches = [];
    document.addEventListener(
      'click',
      (event) => {
        const tab = event.target.closest('[role=tab]');
        if (!tab) return;
        const start = performance.now();
        // rAF runs before the next paint, the timeout right after it.
        requestAnimationFrame(() =>
          setTimeout(() => {
            const shown = tab.getAttribute('aria-selected') === 'true';
            window.benchSwitches.push(shown ? performance.now() - start : -1);
          }),
        );
      },
      true,
    );
  });
  const tabs = page.locator('.dx [role=tab]');
  const count = await tabs.count();
  for (let i = 0; i < TAB_SWITCHES; i += 1) {
    await tabs.nth((i + 1) % count).click();
    await page.waitForFunction((n) => window.benchSwitches.length >= n, i + 1);
  }
  const all = await page.evaluate(() => window.benchSwitches);
  await context.close();
  const latencies = all.filter((v) => v >= 0);
  const missed = all.length - latencies.length;
  return [
    `${TAB_SWITCHES} clicks cycling through the ${count} tabs of the demo page, from the click event to the paint after it.`,
    '',
    '| p50 | p95 | max | not yet shown at that paint |',
    '|---:|---:|---:|---:|',
    `| ${ms(percentile(latencies, 50))} | ${ms(percentile(latencies, 95))} | ${ms(Math.max(...latencies))} | ${missed} |`,
  ].join('\n');
}

function manyPage(instances) {
  const langs = ['en', 'nl'];
  const tabs = ['design', 'supply-chain', 'components', 'terms'];
  const elements = Array.from(
    { length: instances },
    (_, i) => `<deal-explainer lang="${langs[i % 2]}" tab="${tabs[i % tabs.length]}"></deal-explainer>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${instances} instances</title>
<script type="module" src="/deal-explainer.js"></script></head><body>${elements.join('\n')}</body></html>`;
}

/** Navigation → every `<deal-explainer>` interactive (checked each frame), and the JS heap after. */
async function loadMany(browser, server, instances) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const url = `${server.url}/many-${instances}.html`;
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: manyPage(instances) }));
  await context.addInitScript(() => {
    const check = () => {
      const elements = [...document.querySelectorAll('deal-explainer')];
      const ready =
        elements.length > 0 &&
        elements.every((e) => e.shadowRoot?.querySelector('[data-deal-explainer]')?.dataset.state === 'interactive');
      if (ready) window.benchAllInteractiveAt = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.benchAllInteractiveAt !== undefined, null, { timeout: 60000 });
  const allInteractive = await page.evaluate(() => window.benchAllInteractiveAt);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize').value;
  await context.close();
  return { allInteractive, heap };
}

async function manyTable(browser, server) {
  const rows = [];
  for (const instances of [1, INSTANCES]) {
    const runs = [];
    for (let i = 0; i < MANY_LOADS; i += 1) runs.push(await loadMany(browser, server, instances));
    rows.push(
      `| ${instances} | ${ms(median(runs.map((r) => r.allInteractive)))} | ${kb(median(runs.map((r) => r.heap)))} |`,
    );
  }
  return [
    `Custom elements rendered in the browser (no prerendered markup), median of ${MANY_LOADS} loads; ` +
      'readiness checked once per frame. The heap is JavaScript’s, after a garbage collection; ' +
      'the WebAssembly memory (one per page) is not in it.',
    '',
    '| instances | navigation → all interactive | JS heap used |',
    '|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

const server = await serve();
const browser = await launch();
try {
  const cpu = os.cpus();
  console.log(`## Benchmark ${new Date().toISOString().slice(0, 10)}`);
  console.log('');
  console.log(`${cpu[0].model}, ${cpu.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB; Chromium ${browser.version()} headless; Node ${process.version}.`);
  console.log('');
  console.log('### Download\n');
  console.log(assetTable());
  console.log('\n### Page load\n');
  console.log(await loadTable(browser, server));
  console.log('\n### Tab switch\n');
  console.log(await tabSwitchTable(browser, server));
  console.log(`\n### ${INSTANCES} instances on one page\n`);
  console.log(await manyTable(browser, server));
} finally {
  await browser.close();
  await server.close();
}

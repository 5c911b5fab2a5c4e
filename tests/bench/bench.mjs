// Benchmark of the built site (dist/): what readers download, how fast the widget shows and
// responds, and what 20 instances cost. Prints Markdown; run it through `bash scripts/bench.sh`,
// which builds first. Not a test: it checks only that the widget ran, then reports figures.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { serve, launch, open, interactive, gzipSize, DIST } from '../e2e/harness.mjs';

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
  'bench/floor/yew_floor_bg.wasm',
  'bench/floor/yew_floor.js',
];
/** What the demo page loads for the widget: the module, its glue, its styles, its starter. */
const DEMO_WIDGET = ['pkg/deal_explainer_bg.wasm', 'pkg/deal_explainer.js', 'widget.css', 'page.js'];
/**
 * The smallest Yew widget with hydration (tests/bench/floor), built like the widget: what
 * any Yew widget ships before its own code, text and styles.
 */
const YEW_FLOOR = ['bench/floor/yew_floor_bg.wasm', 'bench/floor/yew_floor.js'];

const ascending = (values) => [...values].sort((a, b) => a - b);

/** The middle value, or the mean of the two middle values of an even count. */
function median(values) {
  const sorted = ascending(values);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Nearest rank: the smallest value with at least p % (0 < p ≤ 100) of the values at or below it. */
function percentile(values, p) {
  const sorted = ascending(values);
  return sorted[Math.ceil((p / 100) * sorted.length) - 1];
}

const ms = (value) => `${value.toFixed(1)} ms`;
const bytes = (count) => count.toLocaleString('en-US');
const kb = (count) => `${(count / 1024).toFixed(1)} KB`;

function assetTable() {
  const rows = ASSETS.map((file) => {
    const body = fs.readFileSync(path.join(DIST, file));
    return {
      file,
      raw: body.length,
      gzip: gzipSize(file),
      brotli: zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
  const total = (key, files = DEMO_WIDGET) =>
    rows.filter((r) => files.includes(r.file)).reduce((sum, r) => sum + r[key], 0);
  return [
    'Bytes.',
    '',
    '| asset | raw | gzip -9 | brotli 11 |',
    '|---|---:|---:|---:|',
    ...rows.map((r) => `| ${r.file} | ${bytes(r.raw)} | ${bytes(r.gzip)} | ${bytes(r.brotli)} |`),
    `| **widget on the demo page** (${DEMO_WIDGET.join(', ')}) | ${bytes(total('raw'))} | ${bytes(total('gzip'))} | ${bytes(total('brotli'))} |`,
    `| **Yew floor** (${YEW_FLOOR.join(', ')}) | ${bytes(total('raw', YEW_FLOOR))} | ${bytes(total('gzip', YEW_FLOOR))} | ${bytes(total('brotli', YEW_FLOOR))} |`,
  ].join('\n');
}

/**
 * Runs in the page before its own scripts: records `performance.now()` each time a widget's
 * mount element turns `data-state="interactive"`. A MutationObserver callback runs in the
 * same task as the change, so the time is exact where polling would round it up to a frame.
 * Shadow roots lie outside the document's subtree, so each one a custom element opens is
 * watched as well.
 */
function recordInteractive() {
  window.benchInteractive = [];
  const seen = new WeakSet();
  const observer = new MutationObserver((mutations) => {
    for (const { target } of mutations) {
      if (target.dataset.state === 'interactive' && !seen.has(target)) {
        seen.add(target);
        window.benchInteractive.push(performance.now());
      }
    }
  });
  const watch = (root) => observer.observe(root, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
  watch(document);
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    watch(root);
    return root;
  };
}

/** A fresh context (no cache, no compiled wasm) that serves `pages` ({url: html}) itself. */
async function freshContext(browser, pages = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(recordInteractive);
  for (const [url, body] of Object.entries(pages)) {
    await context.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }));
  }
  return context;
}

/** One load: first contentful paint and, if the page has the widget, its interactive time. */
async function load(browser, url, pages, { widget }) {
  const context = await freshContext(browser, pages);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByType('paint').some((e) => e.name === 'first-contentful-paint'));
  if (widget) await interactive(page);
  const result = await page.evaluate(() => ({
    fcp: performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint').startTime,
    interactive: window.benchInteractive[0],
  }));
  await context.close();
  return result;
}

async function loadTable(browser, server) {
  // The floor: the demo page as built, minus its scripts, so the same text and styles paint
  // with nothing to run — the best any embed of this text could do.
  const floorHtml = fs
    .readFileSync(path.join(DIST, 'index.html'), 'utf8')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/g, '')
    .replace(/<link\b[^>]*rel="modulepreload"[^>]*>\s*/g, '');
  const floorUrl = `${server.url}/floor.html`;
  const demo = [];
  const floor = [];
  for (let i = 0; i < LOADS; i += 1) {
    // Alternating, so a change in the machine's load affects both alike.
    demo.push(await load(browser, `${server.url}/`, {}, { widget: true }));
    floor.push(await load(browser, floorUrl, { [floorUrl]: floorHtml }, { widget: false }));
  }
  const row = (name, values) =>
    `| ${name} | ${ms(median(values))} | ${ms(Math.min(...values))} | ${ms(Math.max(...values))} |`;
  const demoFcp = demo.map((r) => r.fcp);
  const demoInteractive = demo.map((r) => r.interactive);
  const floorFcp = floor.map((r) => r.fcp);
  return [
    `${LOADS} loads of each page, each in a fresh browser context; ${VIEWPORT.width}×${VIEWPORT.height}; loopback server. From navigation.`,
    '',
    '| measure | median | min | max |',
    '|---|---:|---:|---:|',
    row('demo page: first contentful paint', demoFcp),
    row('demo page: widget hydrated and interactive', demoInteractive),
    row('floor (same HTML, no script): first contentful paint', floorFcp),
    '',
    `Medians, demo ÷ floor: first contentful paint **${(median(demoFcp) / median(floorFcp)).toFixed(2)}**; ` +
      `interactive ÷ the floor's first contentful paint **${(median(demoInteractive) / median(floorFcp)).toFixed(2)}**.`,
  ].join('\n');
}

/** Click on a tab → the first chance to run after the next paint, over many switches. */
async function tabSwitchTable(browser, server) {
  const { page, context, log } = await open(browser, `${server.url}/`, { viewport: VIEWPORT });
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
    '| p50 | p95 | max | clicks whose tab was not yet selected at that paint |',
    '|---:|---:|---:|---:|',
    `| ${ms(percentile(latencies, 50))} | ${ms(percentile(latencies, 95))} | ${ms(Math.max(...latencies))} | ${late} |`,
  ].join('\n');
}

function manyPage(instances) {
  const langs = ['en', 'nl'];
  const tabs = ['design', 'supply-chain', 'components', 'terms'];
  const elements = Array.from(
    { length: instances },
    (_, i) => `  <deal-explainer lang="${langs[i % langs.length]}" tab="${tabs[i % tabs.length]}"></deal-explainer>`,
  );
  return [
    '<!doctype html>',
    '<html lang="en">',
    `<head><meta charset="utf-8"><title>${instances} instances</title><link rel="icon" href="data:,">`,
    '<script type="module" src="/deal-explainer.js"></script></head>',
    '<body>',
    ...elements,
    '</body>',
    '</html>',
  ].join('\n');
}

/** One load of a page with `instances` elements: navigation → all interactive, JS heap after. */
async function loadMany(browser, server, instances) {
  const url = `${server.url}/many-${instances}.html`;
  const context = await freshContext(browser, { [url]: manyPage(instances) });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(
    () => [...document.querySelectorAll('deal-explainer')].every(
      (e) => e.shadowRoot?.querySelector('[data-deal-explainer]')?.dataset.state === 'interactive',
    ),
    null,
    { timeout: 60_000 },
  );
  const times = await page.evaluate(() => window.benchInteractive);
  if (times.length !== instances) throw new Error(`recorded ${times.length} interactive widgets, expected ${instances}`);
  // Garbage left over from start-up would blur the comparison: collect it first.
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await context.close();
  return { allInteractive: Math.max(...times), heap: metrics.find((m) => m.name === 'JSHeapUsedSize').value };
}

async function manyTable(browser, server) {
  const rows = [];
  for (const instances of [1, INSTANCES]) {
    const runs = [];
    for (let i = 0; i < MANY_LOADS; i += 1) runs.push(await loadMany(browser, server, instances));
    rows.push({
      instances,
      time: median(runs.map((r) => r.allInteractive)),
      heap: median(runs.map((r) => r.heap)),
    });
  }
  const [one, many] = rows;
  return [
    `\`<deal-explainer>\` elements rendered in the browser (no prerendered markup), one script; median of ${MANY_LOADS} loads ` +
      'in fresh contexts. The heap is JavaScript’s after a garbage collection (CDP `JSHeapUsedSize`); ' +
      'the WebAssembly memory is not in it.',
    '',
    '| instances | navigation → all interactive | JS heap used |',
    '|---:|---:|---:|',
    ...rows.map((r) => `| ${r.instances} | ${ms(r.time)} | ${kb(r.heap)} |`),
    '',
    `${INSTANCES} ÷ 1: time **${(many.time / one.time).toFixed(2)}**; heap **${(many.heap / one.heap).toFixed(2)}** ` +
      `(+${kb(many.heap - one.heap)}).`,
  ].join('\n');
}

const server = await serve();
const browser = await launch();
try {
  const cpus = os.cpus();
  console.log(`## Benchmark ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC\n`);
  console.log(`${cpus[0].model}, ${cpus.length} cores; Chromium ${browser.version()} headless; Node ${process.version}.\n`);
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

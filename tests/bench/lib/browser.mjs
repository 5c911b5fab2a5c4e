// Measuring one page load in a fresh browser context: what the page records about itself
// (paints, the widget turning interactive, long tasks, layout shifts, resource timing),
// what CDP sees on the network (bytes and encoding of every request), the JS heap and the
// profiles the loads run under.

export const DESKTOP = { name: 'unthrottled', viewport: { width: 1280, height: 900 } };
/**
 * A slow phone: a phone-sized viewport, every request 400 ms late and 400 kbit/s each way
 * (CDP `Network.emulateNetworkConditions`), the CPU 4× slower (`Emulation.setCPUThrottlingRate`).
 */
export const SLOW_PHONE = {
  name: 'slow phone',
  viewport: { width: 412, height: 915 },
  network: { offline: false, latency: 400, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8 },
  cpu: 4,
};
export const describeProfile = (profile) =>
  profile.network
    ? `${profile.viewport.width}×${profile.viewport.height}, ${profile.network.latency} ms added to every request, ` +
      `${(profile.network.downloadThroughput * 8) / 1000} kbit/s, CPU ${profile.cpu}× slower`
    : `${profile.viewport.width}×${profile.viewport.height}, no throttling`;

/**
 * Runs in every page before its own scripts. Records, in `window.bench`, with
 * `performance.now()` at the moment it happens:
 * - `interactive`: each widget's mount element turning `data-state="interactive"`;
 * - `text`: each widget's mount element first holding its text (a plain element gets it
 *   from a prerendered fragment once it starts);
 * - `shifts` and `longTasks`: the `layout-shift` and `longtask` entries.
 * A MutationObserver callback runs in the same task as the change, so the times are exact
 * where polling would round them up to a frame. Shadow roots lie outside the document's
 * subtree, so each one a custom element opens is watched as well.
 */
function instrument() {
  const bench = { interactive: [], text: [], shifts: [], longTasks: [] };
  window.bench = bench;
  const interactive = new WeakSet();
  const withText = new WeakSet();
  const observer = new MutationObserver((mutations) => {
    for (const { type, target } of mutations) {
      if (type === 'attributes' && target.dataset.state === 'interactive' && !interactive.has(target)) {
        interactive.add(target);
        bench.interactive.push(performance.now());
      }
      const root = target.getRootNode();
      if (type === 'childList' && root instanceof ShadowRoot && !withText.has(root)) {
        if (root.querySelector('[data-deal-explainer]')?.childElementCount) {
          withText.add(root);
          bench.text.push(performance.now());
        }
      }
    }
  });
  const watch = (root, childList) =>
    observer.observe(root, { subtree: true, childList, attributes: true, attributeFilter: ['data-state'] });
  watch(document, false);
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    watch(root, true);
    return root;
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) bench.shifts.push({ start: entry.startTime, value: entry.value });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/**
 * A fresh context (empty cache, nothing compiled) with one page, instrumented and, for a
 * throttled profile, throttled before anything loads. `requests` lists every request the
 * page makes, as CDP sees it: `{url, encoding, bytes}`, bytes on the wire with headers,
 * filled in when it finishes (0 and `failed` for a request that failed).
 */
export async function freshPage(browser, profile = DESKTOP) {
  const context = await browser.newContext({ viewport: profile.viewport });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const requests = [];
  const byId = new Map();
  cdp.on('Network.requestWillBeSent', ({ requestId, request }) => {
    const entry = { url: request.url, encoding: null, bytes: null };
    byId.set(requestId, entry);
    requests.push(entry);
  });
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    const entry = byId.get(requestId);
    if (entry) entry.encoding = response.headers['content-encoding'] ?? response.headers['Content-Encoding'] ?? null;
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const entry = byId.get(requestId);
    if (entry) entry.bytes = encodedDataLength;
  });
  cdp.on('Network.loadingFailed', ({ requestId, errorText }) => {
    const entry = byId.get(requestId);
    if (entry) Object.assign(entry, { bytes: 0, failed: errorText });
  });
  await cdp.send('Network.enable');
  if (profile.network) await cdp.send('Network.emulateNetworkConditions', profile.network);
  if (profile.cpu) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  return { context, page, cdp, requests };
}

/** Resolves once the page has painted something (`first-contentful-paint`). */
export async function firstPaint(page) {
  await page.waitForFunction(
    () => performance.getEntriesByType('paint').some((e) => e.name === 'first-contentful-paint'),
    null,
    { timeout: 120_000 },
  );
}

/** Resolves once `count` widgets (in the document or shadow roots) are interactive. */
export async function widgetsInteractive(page, count = 1) {
  await page.waitForFunction((n) => window.bench.interactive.length >= n, count, { timeout: 120_000 });
}

/**
 * Resolves once every request so far has finished and none has started for `quiet` ms:
 * the page has loaded what it loads by itself.
 */
export async function networkQuiet(requests, quiet = 1000) {
  const deadline = Date.now() + 120_000;
  let seen = -1;
  let since = Date.now();
  while (Date.now() < deadline) {
    if (requests.length !== seen || requests.some((r) => r.bytes === null)) {
      seen = requests.length;
      since = Date.now();
    } else if (Date.now() - since >= quiet) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the page kept loading for two minutes');
}

/** JS heap in use after a forced garbage collection (CDP `JSHeapUsedSize`), in bytes. */
export async function jsHeap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize').value;
}

/**
 * What the page recorded, from navigation: first contentful paint, the times in
 * `window.bench`, total blocking time (the part beyond 50 ms of every long task, counted
 * from first contentful paint on), the layout shifts' sum, and every resource's start and
 * end, the document's own first.
 */
export async function pageRecord(page) {
  const record = await page.evaluate(() => {
    const fcp = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')?.startTime;
    const [navigation] = performance.getEntriesByType('navigation');
    return {
      fcp,
      ...window.bench,
      marks: Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
      resources: [
        { url: navigation.name, start: navigation.startTime, end: navigation.responseEnd },
        ...performance.getEntriesByType('resource').map((e) => ({ url: e.name, start: e.startTime, end: e.responseEnd })),
      ],
    };
  });
  // As Lighthouse counts it: each long task clipped to start no earlier than the first
  // contentful paint, then whatever of it exceeds 50 ms.
  const blocking = record.longTasks
    .map(({ start, duration }) => Math.max(0, start + duration - Math.max(start, record.fcp) - 50))
    .reduce((sum, t) => sum + t, 0);
  const layoutShift = record.shifts.reduce((sum, s) => sum + s.value, 0);
  return { ...record, blocking, layoutShift };
}

/** The byte length of the widget module's linear memory, read through its runtime (`runtimeUrl`). */
export async function wasmMemory(page, runtimeUrl) {
  return page.evaluate(async (url) => {
    const runtime = await import(url);
    // Whatever the renaming called its export: the module's one memory.
    return Object.values(await runtime.load()).find((v) => v instanceof WebAssembly.Memory).buffer.byteLength;
  }, runtimeUrl);
}

/** Throws if the load of `url` requested anything beyond loopback. */
export function onlyLoopback(url, requests) {
  const outside = requests.filter((r) => !/^(data:|https?:\/\/127\.0\.0\.1[:/])/.test(r.url));
  if (outside.length) throw new Error(`${url} made requests beyond loopback: ${outside.map((r) => r.url).join(', ')}`);
}

/**
 * One load of `url` in a fresh context under `profile`: waits for the first paint and for
 * `ready(page)` (what it resolves to is kept as `readied`), then `settle` ms more (long tasks and layout shifts after the widget is
 * ready count too), then reads the page's record, the JS heap after a garbage collection
 * and, given the widget's `runtime` URL, its WebAssembly memory. Throws if any request left
 * loopback.
 */
export async function measureLoad(browser, url, profile, { ready, settle = 0, runtime = null }) {
  const { context, page, cdp, requests } = await freshPage(browser, profile);
  try {
    await page.goto(url, { timeout: 120_000 });
    await firstPaint(page);
    const readied = await ready(page);
    if (settle) await page.waitForTimeout(settle);
    const record = await pageRecord(page);
    const heap = await jsHeap(cdp);
    const wasm = runtime ? await wasmMemory(page, runtime) : 0;
    onlyLoopback(url, requests);
    return { ...record, heap, wasm, readied, requests: structuredClone(requests) };
  } finally {
    await context.close();
  }
}

/** A request's URL as a short label: its path on `site`, else its origin's `name`. */
export function label(url, origins) {
  const parsed = new URL(url);
  for (const [name, origin] of Object.entries(origins)) {
    if (parsed.origin === new URL(origin).origin) return name ? `${name}: ${parsed.pathname}` : parsed.pathname;
  }
  return url;
}

/**
 * Every request of a load in the order it started (resource timing, the document first),
 * with what CDP saw of it: `{label, encoding, wire, start, end}`, `wire` the bytes on the
 * wire (headers included), `start` and `end` in ms from `zero` (default: navigation).
 */
export function waterfall(load, origins, zero = 0) {
  const wire = new Map(load.requests.map((r) => [r.url, r]));
  return [...load.resources]
    .sort((a, b) => a.start - b.start)
    .map((r) => ({
      label: label(r.url, origins),
      encoding: wire.get(r.url)?.encoding ?? '–',
      wire: wire.get(r.url)?.bytes ?? null,
      start: r.start - zero,
      end: r.end - zero,
    }));
}

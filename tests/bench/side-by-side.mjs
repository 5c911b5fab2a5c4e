// The widget beside TimelineJS3 (npm `@knight-lab/timelinejs`, pinned in
// tests/bench/package.json), each on the demo article with the same facts, both served by
// `deal-site serve` with the same precompression and headers. Loads alternate between the
// two, each in a fresh browser context, unthrottled and as a slow phone.
import {
  DESKTOP,
  SLOW_PHONE,
  describeProfile,
  freshPage,
  measureLoad,
  waterfall,
  widgetsInteractive,
} from './lib/browser.mjs';
import { median, medianRun, ms, mb, bytes, table, waterfallTable, longTasks, htmlTimes } from './lib/format.mjs';
import { servedSizes, siteAsset, timelineVersion } from './site.mjs';

const PROFILES = [
  { ...DESKTOP, loads: 11 },
  { ...SLOW_PHONE, loads: 7 },
];
/** After the page is ready, long tasks and layout shifts are still counted for this long. */
const SETTLE = 2000;

/** Goals of issue 15, as ratios widget ÷ TimelineJS3. */
const GOALS = [
  { profile: SLOW_PHONE.name, measure: 'interactive', limit: 0.7 },
  { profile: SLOW_PHONE.name, measure: 'fcp', limit: 0.5 },
  { profile: DESKTOP.name, measure: 'interactive', limit: 0.8 },
  { profile: DESKTOP.name, measure: 'memory', limit: 1.0 },
];
const MEASURES = {
  fcp: 'first contentful paint',
  interactive: 'interactive',
  blocking: 'total blocking time',
  layoutShift: 'layout shift',
  heap: 'JS heap',
  wasm: 'WebAssembly memory',
  memory: 'JS heap + WebAssembly memory',
};

/** The two pages: how each is loaded and when each counts as interactive. */
function contenders(site) {
  const runtime = `${site}/${siteAsset('runtime.js')}`;
  return [
    {
      name: 'widget',
      url: `${site}/`,
      options: { ready: (page) => widgetsInteractive(page), runtime },
      interactive: (load) => load.interactive[0],
    },
    {
      name: `TimelineJS ${timelineVersion()}`,
      url: `${site}/timeline.html`,
      options: {
        ready: (page) => page.waitForFunction(() => performance.getEntriesByName('timeline-ready').length, null, { timeout: 120_000 }),
      },
      interactive: (load) => load.marks['timeline-ready'],
    },
  ];
}

/** Bytes of everything a load fetched from `site`, as served compressed (the published `.gz` and `.br` copies). */
function served(load, site, { embedOnly }) {
  const origin = new URL(site).origin;
  const paths = [...new Set(load.requests.map((r) => new URL(r.url)).filter((u) => u.origin === origin).map((u) => u.pathname))]
    .map((p) => (p === '/' ? 'index.html' : p.slice(1)))
    // Without the page itself (the widget's carries its prerendered text, TimelineJS's its
    // slides) and the article's styles: the embed's own files.
    .filter((p) => !embedOnly || !(p.endsWith('.html') || p.includes('/article.')));
  const sizes = paths.map(servedSizes);
  return {
    files: paths.length,
    gzip: sizes.reduce((sum, s) => sum + s.gzip, 0),
    brotli: sizes.reduce((sum, s) => sum + s.brotli, 0),
  };
}

/** One measure of one load (MEASURES' keys). */
function value(contender, load, key) {
  if (key === 'interactive') return contender.interactive(load);
  if (key === 'memory') return load.heap + load.wasm;
  return load[key];
}

function summarize(contender, loads) {
  const values = (key) => loads.map((load) => value(contender, load, key));
  return {
    loads,
    median: Object.fromEntries(Object.keys(MEASURES).map((key) => [key, median(values(key))])),
    min: Object.fromEntries(Object.keys(MEASURES).map((key) => [key, Math.min(...values(key))])),
    max: Object.fromEntries(Object.keys(MEASURES).map((key) => [key, Math.max(...values(key))])),
  };
}

const show = (key, value) =>
  ['heap', 'wasm', 'memory'].includes(key) ? mb(value) : key === 'layoutShift' ? value.toFixed(3) : ms(value);

/** Throws unless TimelineJS, once `ready`, moves to the next slide when its control is clicked. */
async function checkTimelineResponds(browser, url) {
  const { context, page } = await freshPage(browser, DESKTOP);
  try {
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('timeline-ready').length);
    const first = await page.evaluate(() => window.timeline.current_id);
    await page.locator('.tl-slidenav-next').first().click();
    await page.waitForFunction((first) => window.timeline.current_id !== first, first);
  } finally {
    await context.close();
  }
}

export async function sideBySideSection(browser, site) {
  const pages = contenders(site);
  await checkTimelineResponds(browser, pages[1].url);
  const results = {};
  for (const profile of PROFILES) {
    const loads = pages.map(() => []);
    for (let i = 0; i < profile.loads; i += 1) {
      for (const [n, contender] of pages.entries()) {
        loads[n].push(await measureLoad(browser, contender.url, profile, { ...contender.options, settle: SETTLE }));
      }
    }
    results[profile.name] = pages.map((contender, n) => summarize(contender, loads[n]));
  }

  const [widget, timeline] = pages;
  const out = [
    `The ${widget.name} on the demo page against ${timeline.name} on the same article with the same facts as slides ` +
      '(`target/bench/site/timeline.html`, written by `tests/bench/timeline-page.mjs`), both served by `deal-site serve`. ' +
      `Loads alternate, each in a fresh browser context. Medians (min–max); ratios are widget ÷ TimelineJS of the medians. ` +
      'Interactive: the widget’s mount element turning `data-state="interactive"`; TimelineJS firing `ready` ' +
      '(layout, first slide and controls set up). Total blocking time: the part beyond 50 ms of each long task, from first ' +
      `contentful paint until ${SETTLE / 1000} s after interactive; layout shift: the sum over the same time. ` +
      'Memory after that, the JS heap after a garbage collection; the widget’s WebAssembly memory read through its runtime.',
    '',
  ];

  // Bytes do not depend on the profile: the files the first unthrottled load fetched.
  const bytesRow = (label, options) => {
    const [a, b] = [widget, timeline].map((_, n) => served(results[DESKTOP.name][n].loads[0], site, options));
    return [
      label,
      `${bytes(a.gzip)} / ${bytes(a.brotli)} (${a.files} files)`,
      `${bytes(b.gzip)} / ${bytes(b.brotli)} (${b.files} files)`,
      `${(a.gzip / b.gzip).toFixed(2)} / ${(a.brotli / b.brotli).toFixed(2)}`,
    ];
  };
  out.push(
    table(
      ['bytes, gzip / brotli', `${widget.name}>`, `${timeline.name}>`, 'ratio>'],
      [bytesRow('the embed’s files (without the HTML and the article’s styles)', { embedOnly: true }), bytesRow('everything the page loads', { embedOnly: false })],
    ),
    '',
  );

  for (const profile of PROFILES) {
    const [a, b] = results[profile.name];
    out.push(
      `**${profile.name}** (${describeProfile(profile)}; ${profile.loads} loads of each):`,
      '',
      table(
        ['measure', `${widget.name}>`, `${timeline.name}>`, 'ratio>'],
        Object.entries(MEASURES).map(([key, name]) => [
          name,
          `${show(key, a.median[key])} (${show(key, a.min[key])}–${show(key, a.max[key])})`,
          `${show(key, b.median[key])} (${show(key, b.min[key])}–${show(key, b.max[key])})`,
          b.median[key] ? (a.median[key] / b.median[key]).toFixed(2) : '–',
        ]),
      ),
      '',
    );
  }

  out.push(
    'Against the goals (widget ÷ TimelineJS, medians):',
    '',
    table(
      ['profile', 'measure', 'goal>', 'ratio>', 'widget>', 'TimelineJS>', 'the widget at the goal>'],
      GOALS.map(({ profile, measure, limit }) => {
        const [a, b] = results[profile].map((r) => r.median[measure]);
        return [profile, MEASURES[measure], `≤ ${limit.toFixed(1)}`, `**${(a / b).toFixed(2)}**`, show(measure, a), show(measure, b), show(measure, b * limit)];
      }),
    ),
    '',
  );

  // Where the time goes: each page's median load (by interactive), request by request.
  const origins = { '': site };
  for (const profile of PROFILES) {
    for (const [n, contender] of pages.entries()) {
      const load = medianRun(results[profile.name][n].loads, contender.interactive);
      out.push(
        `Waterfall, ${profile.name}, ${contender.name}: its median load, first contentful paint ${ms(load.fcp)}, ` +
          `interactive ${ms(contender.interactive(load))}; ${htmlTimes(load)}. ms from navigation; ` +
          `long tasks at (lasting): ${longTasks(load)}.`,
        '',
        waterfallTable(waterfall(load, origins), load.resources[0].end),
        '',
      );
    }
  }
  return { results, markdown: out.join('\n').trimEnd() };
}


// The slow phone (lib/browser.mjs, SLOW_PHONE) on two pages:
// - the demo article, whose widget is on the first screens and loads at once, against its
//   script-free floor;
// - a plain `<deal-explainer>` far below the fold on a host page of another origin (served
//   by its own server, tests/e2e/harness.mjs `startHosts`), the widget loading from
//   `deal-site serve`. The widget "nears the viewport" when the reader scrolls it to within
//   one viewport height of the view, the margin the loader watches (static/lib/early.js):
//   here in one jump, to half a viewport height below the view's bottom edge.
import {
  SLOW_PHONE,
  describeProfile,
  freshPage,
  firstPaint,
  networkQuiet,
  widgetsInteractive,
  pageRecord,
  measureLoad,
  onlyLoopback,
  waterfall,
  label,
} from './lib/browser.mjs';
import { median, medianRun, ms, bytes, kb, table, waterfallTable, longTasks, htmlTimes } from './lib/format.mjs';
import { servedSizes } from './site.mjs';

const LOADS = 5;
/** Paragraphs of host text before the widget: several thousand pixels on a phone. */
const HOST_PARAGRAPHS = 70;
/** The goal of issue 9: before the widget nears the viewport, only the loader and the CSS, at most this much gzip. */
const BEFORE_NEAR_GOAL = 8 * 1024;

function belowFoldPage() {
  const paragraphs = Array.from(
    { length: HOST_PARAGRAPHS },
    (_, i) =>
      `    <p>Paragraph ${i + 1} of the host’s own article. The council met on Tuesday to discuss the new ` +
      'cycle lanes, the library’s opening hours and the budget for next year; residents spoke for an hour ' +
      'before the vote, and the minutes will be published next week.</p>',
  );
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '  <meta charset="utf-8">',
    '  <meta name="viewport" content="width=device-width, initial-scale=1">',
    '  <title>A long article with the explainer far below the fold</title>',
    '  <link rel="icon" href="data:,">',
    '  <link rel="stylesheet" href="host.css">',
    '  <script type="module" src="{{WIDGET}}/deal-explainer.js"></script>',
    '</head>',
    '<body>',
    '  <header class="masthead"><p>The Test Gazette</p></header>',
    '  <main class="article">',
    '    <h1 class="article__headline">A long article with the explainer far below the fold</h1>',
    ...paragraphs,
    '    <deal-explainer lang="en" tab="design"></deal-explainer>',
    '    <p>The host’s text after the explainer.</p>',
    '  </main>',
    '</body>',
    '</html>',
  ].join('\n');
}

/** Requests as rows: label, encoding, bytes on the wire, and the served file's gzip size for the widget's files. */
function byFile(requests, site, origins) {
  const origin = new URL(site).origin;
  return requests.map((r) => {
    const url = new URL(r.url);
    const gzip = url.origin === origin ? servedSizes(url.pathname === '/' ? 'index.html' : url.pathname.slice(1)).gzip : null;
    return { label: label(r.url, origins), encoding: r.encoding ?? '–', wire: r.bytes ?? 0, gzip, ours: url.origin === origin };
  });
}

/** One load of the host page: paint, wait for the page to be done loading, scroll the widget near, wait for it. */
async function belowFoldLoad(browser, url) {
  const { context, page, requests } = await freshPage(browser, SLOW_PHONE);
  try {
    await page.goto(url, { timeout: 120_000 });
    await firstPaint(page);
    await networkQuiet(requests);
    const before = structuredClone(requests);
    const scrolled = await page.evaluate(() => {
      const element = document.querySelector('deal-explainer');
      const top = element.getBoundingClientRect().top + scrollY;
      const startedEarly = window.bench.text.length + window.bench.interactive.length;
      const near = performance.now();
      scrollTo(0, top - 1.5 * innerHeight);
      return { top, near, startedEarly };
    });
    await widgetsInteractive(page);
    const record = await pageRecord(page);
    onlyLoopback(url, requests);
    return { ...record, ...scrolled, before, requests: structuredClone(requests) };
  } finally {
    await context.close();
  }
}

export async function slowPhoneSection(browser, site, hosts) {
  // The demo page (widget loads at once) against its floor.
  const demo = [];
  const floor = [];
  for (let i = 0; i < LOADS; i += 1) {
    demo.push(
      await measureLoad(browser, `${site}/`, SLOW_PHONE, {
        // Where the widget is on the page, against the viewport's height.
        ready: async (page) => {
          await widgetsInteractive(page);
          return page.evaluate(() => document.querySelector('[data-deal-explainer]').getBoundingClientRect().top + scrollY);
        },
      }),
    );
    floor.push(await measureLoad(browser, `${site}/floor.html`, SLOW_PHONE, { ready: async () => {} }));
  }
  // Far below the fold on another origin.
  hosts.page('below-fold.html', belowFoldPage());
  const below = [];
  for (let i = 0; i < LOADS; i += 1) below.push(await belowFoldLoad(browser, `${hosts.url}/hosts/below-fold.html`));
  if (below.some((load) => load.startedEarly)) throw new Error('the widget below the fold started before it neared the viewport');

  const origins = { '': site, host: hosts.url };
  const demoMedian = medianRun(demo, (load) => load.interactive[0]);
  const belowMedian = medianRun(below, (load) => load.interactive[0] - load.near);
  const before = byFile(belowMedian.before, site, origins);
  const widgetBefore = before.filter((r) => r.ours);
  const widgetBeforeGzip = widgetBefore.reduce((sum, r) => sum + r.gzip, 0);
  const fileTable = (rows) =>
    table(
      ['file', 'encoding', 'bytes on the wire>', 'gzip -9 (published .gz)>'],
      rows.map((r) => [r.label, r.encoding, bytes(r.wire), r.gzip === null ? '–' : bytes(r.gzip)]),
    );
  const row = (name, values) => [name, ms(median(values)), ms(Math.min(...values)), ms(Math.max(...values))];

  return [
    `Profile: ${describeProfile(SLOW_PHONE)}. ${LOADS} loads of each page, each in a fresh browser context.`,
    '',
    `**The demo article.** Its widget’s top edge is ${Math.round(demoMedian.readied)} px down the page, ` +
      `${demoMedian.readied < 2 * SLOW_PHONE.viewport.height ? 'within' : 'beyond'} one viewport height (${SLOW_PHONE.viewport.height} px) ` +
      'below the first view; page.js starts it at once wherever it is, so it counts as near from navigation. ' +
      'The floor is the same page without its scripts and preloads.',
    '',
    table(['measure, from navigation', 'median>', 'min>', 'max>'], [
      row('demo page: first contentful paint', demo.map((l) => l.fcp)),
      row('demo page: widget interactive', demo.map((l) => l.interactive[0])),
      row('floor: first contentful paint', floor.map((l) => l.fcp)),
    ]),
    '',
    `What the demo page downloads: its median load (by interactive); ${htmlTimes(demoMedian)}. ms from navigation; ` +
      `long tasks at (lasting): ${longTasks(demoMedian)}.`,
    '',
    waterfallTable(waterfall(demoMedian, origins), demoMedian.resources[0].end),
    '',
    `**A plain \`<deal-explainer>\` far below the fold**, on a host page of another origin: ${HOST_PARAGRAPHS} paragraphs of host text, ` +
      `the widget’s top edge ${Math.round(belowMedian.top)} px down the page (${(belowMedian.top / SLOW_PHONE.viewport.height).toFixed(1)} viewport heights). ` +
      'After the page has loaded what it loads by itself (no request for 1 s), the page scrolls so that the widget’s top edge is half a ' +
      'viewport height below the view: the moment it nears the viewport. Times from then; first paint from navigation.',
    '',
    table(['measure', 'median>', 'min>', 'max>'], [
      row('first contentful paint (from navigation)', below.map((l) => l.fcp)),
      row('near → text shown (its prerendered fragment in place)', below.map((l) => l.text[0] - l.near)),
      row('near → interactive', below.map((l) => l.interactive[0] - l.near)),
    ]),
    '',
    `Downloaded before the widget nears the viewport (its median load): the widget’s files **${bytes(widgetBeforeGzip)} bytes gzip ` +
      `(${kb(widgetBeforeGzip)}; goal: the loader and the CSS only, at most ${kb(BEFORE_NEAR_GOAL)})**, ` +
      `${bytes(widgetBefore.reduce((sum, r) => sum + r.wire, 0))} bytes on the wire as served (brotli, headers included).`,
    '',
    fileTable(before),
    '',
    `After it nears the viewport, ms from that moment; long tasks from then, at (lasting): ` +
      `${longTasks({ longTasks: belowMedian.longTasks.filter((t) => t.start >= belowMedian.near).map((t) => ({ ...t, start: t.start - belowMedian.near })) })}.`,
    '',
    waterfallTable(waterfall(belowMedian, origins, belowMedian.near).filter((r) => r.start >= 0)),
  ].join('\n');
}

// Lighthouse (npm `lighthouse`, pinned in tests/bench/package.json) on the demo page as
// served by `deal-site serve`, in Debian's Chromium, headless: its default run (a mobile
// phone, simulated slow 4G and 4× CPU). Reports the four category scores and every audit
// that is not perfect.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { table } from './lib/format.mjs';

const CLI = path.join(path.dirname(fileURLToPath(import.meta.url)), 'node_modules', 'lighthouse', 'cli', 'index.js');
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

export const lighthouseVersion = () =>
  JSON.parse(fs.readFileSync(path.join(path.dirname(CLI), '..', 'package.json'), 'utf8')).version;

/** Runs Lighthouse on `url`, keeps its report as `report` (JSON) and returns it parsed. */
async function runLighthouse(url, report) {
  await promisify(execFile)(
    process.execPath,
    [
      CLI,
      url,
      '--output=json',
      `--output-path=${report}`,
      '--quiet',
      '--no-enable-error-reporting',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
    ],
    { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? '/usr/bin/chromium' }, maxBuffer: 1 << 26 },
  );
  return JSON.parse(fs.readFileSync(report, 'utf8'));
}

/** The longest request chain of a `network-tree`, as `/ → runtime.js`. */
function longestChain(chains) {
  const path = [];
  let level = chains;
  for (;;) {
    const next = Object.values(level ?? {}).find((node) => node.isLongest);
    if (!next) return path.join(' → ');
    path.push(new URL(next.url).pathname.split('/').pop() || '/');
    level = next.children;
  }
}

/** What an audit points at, briefly: the files of its table, or the longest chain of its tree. */
function pointsAt(audit) {
  const items = audit.details?.items ?? [];
  const tree = items.map((item) => item.value ?? item).find((value) => value?.type === 'network-tree');
  if (tree) return `longest chain ${longestChain(tree.chains)}, ${tree.longestChain.duration.toFixed(0)} ms`;
  const files = items.filter((item) => typeof item.url === 'string' && item.url.startsWith('http'));
  return files.map((item) => new URL(item.url).pathname.split('/').pop() || '/').join(', ');
}

const score = (value) => (value === null ? '–' : String(Math.round(value * 100)));

export async function lighthouseSection(site, report) {
  const result = await runLighthouse(`${site}/`, report);
  if (result.runtimeError) throw new Error(`Lighthouse: ${result.runtimeError.code} ${result.runtimeError.message}`);
  const categories = Object.values(result.categories);
  // Which category each audit counts in (an audit may count in several, or none).
  const inCategory = new Map();
  for (const category of categories) {
    for (const { id } of category.auditRefs) inCategory.set(id, [...(inCategory.get(id) ?? []), category.title]);
  }
  const imperfect = Object.values(result.audits)
    .filter((audit) => audit.score !== null && audit.score < 1)
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id));
  const settings = result.configSettings;
  return [
    `Lighthouse ${result.lighthouseVersion}, its default run (form factor ${settings.formFactor}, throttling ${settings.throttlingMethod}: ` +
      `${settings.throttling?.rttMs} ms RTT, ${settings.throttling?.throughputKbps} kbit/s, CPU ${settings.throttling?.cpuSlowdownMultiplier}×), ` +
      'on the demo page served by `deal-site serve`.',
    '',
    table(categories.map((c) => `${c.title}>`), [categories.map((c) => `**${score(c.score)}**`)]),
    '',
    table(
      METRICS.map((id) => `${result.audits[id].title}>`),
      [METRICS.map((id) => result.audits[id].displayValue)],
    ),
    '',
    imperfect.length ? 'Audits that are not perfect:' : 'Every scored audit is perfect.',
    ...(imperfect.length
      ? [
          '',
          table(
            ['audit', 'category', 'score>', 'value', 'concerns'],
            imperfect.map((a) => [
              `${a.title} (\`${a.id}\`)`,
              (inCategory.get(a.id) ?? ['–']).join(', '),
              score(a.score),
              a.displayValue ?? '',
              pointsAt(a),
            ]),
          ),
        ]
      : []),
  ].join('\n');
}

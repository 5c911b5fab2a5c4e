// What readers download: no machine paths or third-party addresses in it, and its size
// against the budget (gzip -9, as bytes are deterministic).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, DIST, ROOT, gzipSize as gzip } from './harness.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Everything the widget needs in a reader's browser: module, glue, start-up script, styles. */
const WIDGET = ['pkg/deal_explainer_bg.wasm', 'runtime.js', 'page.js', 'widget.css'];

function shippedFiles(dir = DIST) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'bench' ? [] : shippedFiles(full);
    return /\.(br|gz)$/.test(entry.name) ? [] : [full];
  });
}

test('no shipped file names a folder of the machine that built it', () => {
  const needles = [ROOT, os.homedir(), '/root/', '/home/', '.cargo/registry'].filter((n) => n.length > 1);
  for (const file of shippedFiles()) {
    const text = fs.readFileSync(file).toString('latin1');
    for (const needle of needles) assert.ok(!text.includes(needle), `${path.relative(DIST, file)} contains ${needle}`);
  }
});

test('no shipped page or script loads anything from another site', () => {
  // What hosts paste names the widget's own address (the build's DEAL_PUBLIC_URL) in full.
  const own = process.env.DEAL_PUBLIC_URL ?? 'http://127.0.0.1:8080/';
  for (const file of shippedFiles().filter((f) => /\.(html|js|css|json)$/.test(f))) {
    const text = fs.readFileSync(file, 'utf8');
    // A link (`<a href>`, e.g. to an original announcement) is followed only when a reader
    // clicks it; everything else named by `src` or `href` is fetched by the page.
    const loads = [...text.replace(/<a\s[^>]*>/g, '').matchAll(/(?:src|href)\s*=\s*\\?["']((?:https?:)?\/\/[^"'\\]+)/g)].map((m) => m[1]);
    assert.deepEqual(loads.filter((url) => !url.startsWith(own)), [], path.relative(DIST, file));
    assert.ok(!/document\.cookie|localStorage|sessionStorage/.test(text), `${path.relative(DIST, file)} stores nothing`);
  }
});

/**
 * The size ratchet: the last figure recorded in tests/size-ratchet.txt, with its reason. Each
 * line is `bytes reason`; a new line, in the commit that makes the widget grow, says why.
 */
function ratchet() {
  const lines = fs
    .readFileSync(path.join(ROOT, 'tests', 'size-ratchet.txt'), 'utf8')
    .split('\n')
    .filter((line) => /^\d/.test(line));
  const [figure, ...reason] = lines.at(-1).split(' ');
  return { figure: Number(figure), reason: reason.join(' ') };
}

/** Growth allowed over the recorded figure before the file must say why. */
const SLACK = 1024;
/** The team's budget for the widget on the demo page. */
const BUDGET = 90 * 1024;

test('the widget download grows only with a recorded reason', () => {
  const sizes = Object.fromEntries(WIDGET.map((f) => [f, gzip(f)]));
  const total = Object.values(sizes).reduce((a, b) => a + b, 0);
  const { figure, reason } = ratchet();
  for (const [file, size] of Object.entries(sizes)) console.log(`# ${file}: ${size} B gzip -9`);
  console.log(`# widget total: ${total} B gzip -9; recorded ${figure} B (${reason}); budget ${BUDGET} B (${total > BUDGET ? 'over' : 'under'} by ${Math.abs(total - BUDGET)} B)`);
  assert.ok(reason.length > 0, 'the recorded figure says why');
  assert.ok(
    total <= figure + SLACK,
    `the widget is ${total} B, ${total - figure} B over the recorded ${figure} B: shrink it, or add a line to tests/size-ratchet.txt saying why it grew`,
  );
});

/** What a host page adds of ours before the widget itself loads, and what the README promises of each. */
const LOADERS = { 'embed-host.js': 1024, 'deal-explainer.js': 1.5 * 1024 };

test('the host-page loaders stay as small as the README says: embed-host.js under 1 KB, deal-explainer.js 1.5 KB gzip', () => {
  for (const [file, budget] of Object.entries(LOADERS)) {
    const size = gzip(file);
    console.log(`# ${file}: ${size} B gzip -9`);
    assert.ok(size <= budget, `${file} is ${kb(size)}, over ${kb(budget)}`);
  }
});

// What readers download: no machine paths or third-party addresses in it, and its size
// against the budget (gzip -9, as bytes are deterministic).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIST, ROOT, gzipSize as gzip } from './harness.mjs';

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

test('the widget download stays within its size ceiling', () => {
  const sizes = Object.fromEntries(WIDGET.map((f) => [f, gzip(f)]));
  const total = Object.values(sizes).reduce((a, b) => a + b, 0);
  for (const [file, size] of Object.entries(sizes)) console.log(`# ${file}: ${kb(size)} gzip -9`);
  console.log(`# widget total: ${kb(total)} gzip -9 (target 70 KB; ceiling ${kb(CEILING)})`);
  // The target of 70 KB is not met: Yew with hydration alone measures 43 KB before any of
  // the widget's code, text or styles (BENCHMARKS.md, "Reading the numbers"). This ceiling,
  // a little above what ships now (88.8 KB), stops the download from growing unnoticed.
  assert.ok(total <= CEILING, `widget download ${kb(total)} exceeds ${kb(CEILING)}`);
});

const CEILING = 92 * 1024;

/** What a host page adds of ours before the widget itself loads. */
const LOADERS = ['embed-host.js', 'deal-explainer.js'];
const LOADER_BUDGET = 1.5 * 1024;

test('each host-page loader stays within 1.5 KB gzip', () => {
  for (const file of LOADERS) {
    const size = gzip(file);
    console.log(`# ${file}: ${size} B gzip -9`);
    assert.ok(size <= LOADER_BUDGET, `${file} is ${kb(size)}, over ${kb(LOADER_BUDGET)}`);
  }
});

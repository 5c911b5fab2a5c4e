// What readers download: each shipped file as built, after `gzip -9 -n` and after brotli.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { DIST, asset } from '../e2e/harness.mjs';
import { bytes, table } from './lib/format.mjs';

const ASSETS = [
  'deal_explainer_bg.wasm',
  'runtime.js',
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
/** What the demo page loads for the widget: the module, its runtime (glue and start-up), its styles, its starter. */
export const DEMO_WIDGET = ['deal_explainer_bg.wasm', 'runtime.js', 'widget.css', 'page.js'];
/**
 * The smallest Yew widget with hydration (tests/bench/floor), built like the widget: what
 * any Yew widget ships before its own code, text and styles.
 */
const YEW_FLOOR = ['bench/floor/yew_floor_bg.wasm', 'bench/floor/yew_floor.js'];

/** Where a shipped file is in dist/: under its own name, else under its hashed one. */
const distPath = (name) => path.join(DIST, fs.existsSync(path.join(DIST, name)) ? name : asset(name));

/** `gzip -9 -n` (GNU gzip, the measure the size budget is written in). */
const gzip = (file) => execFileSync('gzip', ['-9', '-n', '-c', file], { maxBuffer: 1 << 26 }).length;
const brotli = (body) => zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

export function downloadSection() {
  const rows = ASSETS.map((name) => {
    const file = distPath(name);
    const body = fs.readFileSync(file);
    return { name, published: path.relative(DIST, file), raw: body.length, gzip: gzip(file), brotli: brotli(body) };
  });
  const total = (key, names) => rows.filter((r) => names.includes(r.name)).reduce((sum, r) => sum + r[key], 0);
  const sum = (label, names) =>
    `| **${label}** (${names.join(', ')}) | ${bytes(total('raw', names))} | ${bytes(total('gzip', names))} | ${bytes(total('brotli', names))} |`;
  return [
    'Bytes, of the files as published (hashed names in brackets).',
    '',
    table(
      ['asset', 'raw>', 'gzip -9>', 'brotli 11>'],
      rows.map((r) => [r.name === r.published ? r.name : `${r.name} (${r.published})`, bytes(r.raw), bytes(r.gzip), bytes(r.brotli)]),
    ),
    sum('widget on the demo page', DEMO_WIDGET),
    sum('Yew floor', YEW_FLOOR),
  ].join('\n');
}

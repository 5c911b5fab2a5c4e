// The folder the benchmark serves with `deal-site serve`: the published site (dist/) plus the
// pages only the benchmark needs, published by the same `deal-site publish` (hashed names,
// `.br` and `.gz` copies), so every page is served alike:
// - `floor.html`: the demo page as built, without its scripts and preloads;
// - `many-1.html`, `many-20.html`: plain `<deal-explainer>` elements, one script;
// - `timeline.html`: the demo article with TimelineJS3 instead of the widget
//   (timeline-page.mjs), its script, styles and icon font from the npm package.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { ROOT, DIST, asset } from '../e2e/harness.mjs';
import { timelinePage } from './timeline-page.mjs';

export const BENCH_DIR = path.join(ROOT, 'target', 'bench');
export const SITE = path.join(BENCH_DIR, 'site');
const TIMELINE_PACKAGE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'node_modules', '@knight-lab', 'timelinejs');
const DEAL_SITE = path.join(ROOT, 'target', 'debug', 'deal-site');

export const timelineVersion = () =>
  JSON.parse(fs.readFileSync(path.join(TIMELINE_PACKAGE, 'package.json'), 'utf8')).version;

/** The demo page as built, minus what runs: the same text and styles, nothing to run. */
function floorPage() {
  return fs
    .readFileSync(path.join(DIST, 'index.html'), 'utf8')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/g, '')
    .replace(/<link\b[^>]*rel="(modulepreload|preload)"[^>]*>\s*/g, '');
}

/** `instances` plain elements, languages and tabs alternating, and the loader once. */
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
    '<script type="module" src="deal-explainer.js"></script></head>',
    '<body>',
    ...elements,
    '</body>',
    '</html>',
  ].join('\n');
}

/**
 * `deal-site publish` compresses text and WebAssembly, all our site has. TimelineJS's icon
 * font also comes as TrueType and EOT, which compress well and which a CDN would compress:
 * they get `.br` and `.gz` copies too, at the same settings (WOFF and WOFF2 are compressed
 * already).
 */
function compressFonts(dir) {
  for (const name of fs.readdirSync(dir).filter((n) => /\.(ttf|eot)$/.test(n))) {
    const body = fs.readFileSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, `${name}.gz`), zlib.gzipSync(body, { level: 9 }));
    fs.writeFileSync(
      path.join(dir, `${name}.br`),
      zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_LGWIN]: 22 } }),
    );
  }
}

/** Writes the bench pages, publishes them, and lays dist/ and them together in SITE. */
export function assembleSite(instanceCounts) {
  const build = path.join(BENCH_DIR, 'build');
  const published = path.join(BENCH_DIR, 'published');
  for (const dir of [build, published, SITE]) fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(build, 'icons'), { recursive: true });
  const write = (name, body) => fs.writeFileSync(path.join(build, name), body);

  write('floor.html', floorPage());
  for (const count of instanceCounts) write(`many-${count}.html`, manyPage(count));

  const dist = path.join(TIMELINE_PACKAGE, 'dist');
  write('timeline.html', timelinePage(asset('article.css')));
  fs.copyFileSync(path.join(dist, 'js', 'timeline.js'), path.join(build, 'timeline.js'));
  // The package's stylesheet reaches its icon font by a path through its own js/ folder.
  write('timeline.css', fs.readFileSync(path.join(dist, 'css', 'timeline.css'), 'utf8').replaceAll('../js/../css/icons/', 'icons/'));
  for (const icon of fs.readdirSync(path.join(dist, 'css', 'icons'))) {
    fs.copyFileSync(path.join(dist, 'css', 'icons', icon), path.join(build, 'icons', icon));
  }

  execFileSync(DEAL_SITE, ['publish', build, published], { stdio: ['ignore', 'ignore', 'inherit'] });
  compressFonts(path.join(published, 'assets'));
  fs.cpSync(DIST, SITE, { recursive: true });
  fs.cpSync(published, SITE, { recursive: true, filter: (source) => path.basename(source) !== '_headers' });
  return SITE;
}

/** The published name of a file of the assembled site (`timeline.js` → `assets/timeline.….js`). */
export const siteAsset = (name) => asset(name, SITE);

/** Size in bytes of `file` (relative to SITE) and of its published `.gz` and `.br` copies. */
export function servedSizes(file) {
  const size = (name) => (fs.existsSync(path.join(SITE, name)) ? fs.statSync(path.join(SITE, name)).size : null);
  const raw = size(file);
  return { raw, gzip: size(`${file}.gz`) ?? raw, brotli: size(`${file}.br`) ?? raw };
}

// Shared set-up for the end-to-end tests. Readers meet the widget on pages we do not control,
// often on another origin than the widget's, so there are three servers on loopback:
// - `site`: the real server (`deal-site serve`, site/) with dist/, exactly as published:
//   hashed names, precompressed files, the headers of `_headers`;
// - `server`: the host pages of tests/hosts/ under /hosts/, and everything else passed on
//   to `site`: the widget on the host page's own origin;
// - `cross`: the same host pages on another origin, loading the widget from `site`.
// Host pages name the widget's address `{{WIDGET}}` (`{{WIDGET}}/deal-explainer.js`).
// Debian's Chromium is driven by playwright-core.
import { execFileSync, spawn } from 'node:child_process';
import http from 'node:http';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { after, test as nodeTest } from 'node:test';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.join(ROOT, 'dist');
export const HOSTS = path.join(ROOT, 'tests', 'hosts');
/** Screenshots and other artefacts a person may want to look at after a run. */
export const RESULTS = path.join(ROOT, 'test-results');
const SITE_SERVER = path.join(ROOT, 'target', 'debug', 'deal-site');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * The published name of a file the build wrote under a hashed name: `widget.css` →
 * `assets/widget.1da93bcd5d.css`, `pkg/deal_explainer_bg.wasm` → `assets/deal_explainer_bg.….wasm`.
 * Entry points keep their names.
 */
export function asset(name, dir = DIST) {
  if (fs.existsSync(path.join(dir, name)) && !name.includes('/')) return name;
  const base = path.basename(name);
  const dot = base.indexOf('.');
  const [stem, ext] = [base.slice(0, dot), base.slice(dot + 1)];
  const pattern = new RegExp(`^${stem}\\.[0-9a-f]{10}\\.${ext.replace('.', '\\.')}$`);
  const found = fs.readdirSync(path.join(dir, 'assets')).filter((file) => pattern.test(file));
  if (found.length !== 1) throw new Error(`expected one published ${name}, found ${found.length}`);
  return `assets/${found[0]}`;
}

/**
 * Size of `file` in `dist/` after `gzip -9`, the measure the size budget is written in.
 * GNU gzip itself, not Node's zlib: at level 9 the two differ by about 3% on the wasm module.
 */
export function gzipSize(file) {
  return execFileSync('gzip', ['-9', '-n', '-c', path.join(DIST, asset(file))], { maxBuffer: 1 << 26 }).length;
}

/** Starts `deal-site serve` on a free port for `dir`; resolves to `{url, close}`. */
export async function startSite(dir = DIST) {
  const child = spawn(SITE_SERVER, ['serve', dir], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = readline.createInterface({ input: child.stdout });
  const url = await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`deal-site serve exited (${code}); run scripts/build.sh first`)));
    lines.on('line', (line) => {
      const match = line.match(/on (http:\/\/127\.0\.0\.1:\d+)\//);
      if (match) resolve(match[1]);
    });
  });
  return {
    url,
    close: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill();
      }),
  };
}

/**
 * A server for the host pages on its own origin: tests/hosts/ (and pages added with
 * `page(name, html)`) under /hosts/, with `{{WIDGET}}` replaced by `widget` (an origin, or
 * '' for the widget on this origin). Everything else is passed on to `proxy`, if given (the
 * widget's own pages then live on this origin too).
 * `headers(pathname, widget)` may add response headers to host pages, e.g. a
 * Content-Security-Policy naming the widget's origin.
 */
export async function startHosts({ widget = '', proxy = null, headers = () => ({}) } = {}) {
  const pages = new Map();
  const server = http.createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    const pathname = decodeURIComponent(url.pathname);
    if (!pathname.startsWith('/hosts/')) {
      if (!proxy) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const target = new URL(request.url, proxy);
      const forward = http.request(target, { method: request.method, headers: { ...request.headers, host: target.host } }, (answer) => {
        response.writeHead(answer.statusCode, { ...answer.headers, ...headers(pathname, widget) });
        answer.pipe(response);
      });
      forward.on('error', () => response.writeHead(502).end());
      request.pipe(forward);
      return;
    }
    const name = pathname.slice('/hosts/'.length);
    const file = path.join(HOSTS, path.normalize(name).replace(/^(\.\.[/\\])+/, ''));
    const body = pages.get(name) ?? (fs.existsSync(file) && fs.statSync(file).isFile() ? fs.readFileSync(file) : null);
    if (body === null) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[path.extname(name)] ?? 'application/octet-stream';
    const text = type.startsWith('text/') ? body.toString().replaceAll('{{WIDGET}}', widget) : body;
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...headers(pathname, widget) });
    response.end(text);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    /** Serves `html` at /hosts/`name` from now on ({{WIDGET}} replaced as in files). */
    page: (name, html) => pages.set(name, Buffer.from(html)),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}

/**
 * The servers and browser for the tests of one file, stopped after them: `site` (the widget,
 * as published), `server` (host pages with the widget on their own origin) and `cross` (host
 * pages on another origin).
 */
export async function setUp({ headers } = {}) {
  const site = await startSite();
  const server = await startHosts({ proxy: site.url, headers });
  const cross = await startHosts({ widget: site.url, headers });
  const browser = await launch();
  after(async () => {
    await browser.close();
    await Promise.all([server.close(), cross.close(), site.close()]);
  });
  return { site, server, cross, browser };
}

/**
 * Headless Debian Chromium; playwright gives every launch a fresh, empty profile. `args`
 * adds command-line switches.
 */
export function launch(args = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
      ...args,
    ],
  });
}

/**
 * Opens `url` in a new page and records what the console and the page report; any request
 * that leaves 127.0.0.1 is recorded too (the widget must make none).
 */
export async function open(browser, url, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const log = { errors: [], warnings: [], messages: [], external: [] };
  page.on('console', (message) => {
    log.messages.push(`${message.type()}: ${message.text()}`);
    if (message.type() === 'error') log.errors.push(message.text());
    if (message.type() === 'warning') log.warnings.push(message.text());
  });
  page.on('pageerror', (error) => log.errors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const target = new URL(request.url());
    if (!['127.0.0.1', ''].includes(target.hostname) && target.protocol !== 'data:') log.external.push(request.url());
  });
  await page.goto(url);
  return { page, context, log };
}

/** How long one test may take before it fails: a wait that never ends must not hold up CI. */
export const TEST_TIMEOUT = 240000;

/** `node:test`'s `test`, with [`TEST_TIMEOUT`] unless the test sets its own. */
export function test(name, options, fn) {
  if (typeof options === 'function') [options, fn] = [{}, options];
  return nodeTest(name, { timeout: TEST_TIMEOUT, ...options }, fn);
}
test.after = nodeTest.after;
test.before = nodeTest.before;

/**
 * Polls `check` (in Node) until it returns something truthy, or fails with `message` after
 * `timeout` ms: how the tests wait for what a reader would see, never a fixed sleep.
 * `message` may be a function, called on failure to say what was seen last.
 */
export async function eventually(check, message, timeout = 15000) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    last = await check();
    if (last) return last;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.fail(`${typeof message === 'function' ? message() : message} (last: ${JSON.stringify(last)})`);
}

/**
 * Waits until `locator`'s attribute `name` reads `expected`, or fails saying what it read.
 * A click or key press returns once the browser has taken the event; the widget may re-render
 * a task later (Yew yields to the browser when a render runs past 16 ms), so what the reader
 * would see next is waited for, not read at once.
 */
export async function expectAttribute(locator, name, expected, message = name) {
  let actual;
  await eventually(
    async () => (actual = await locator.getAttribute(name)) === expected,
    () => `${message}: ${name} reads ${JSON.stringify(actual)}, not ${JSON.stringify(expected)}`,
  );
}

/**
 * Resolves after `frame` (a page or frame) has painted twice and run the tasks queued
 * meanwhile: what it reports about work already done (console messages, policy violations,
 * resize observers) has then been reported. A frame the browser does not paint (off screen,
 * on another origin) never runs animation frames: it gets 250 ms instead.
 */
export function settled(frame) {
  return frame.evaluate(
    () =>
      new Promise((resolve) => {
        const done = () => setTimeout(resolve, 0);
        const fallback = setTimeout(done, 250);
        requestAnimationFrame(() => requestAnimationFrame(() => (clearTimeout(fallback), done())));
      }),
  );
}

/** Resolves once the widget in `frame` (a page or frame) is hydrated and interactive. */
export async function interactive(frame, selector = '.dx') {
  await frame.waitForFunction(
    (s) => document.querySelector(s)?.closest('[data-deal-explainer]')?.dataset.state === 'interactive',
    selector,
  );
}

export function saveScreenshot(name) {
  fs.mkdirSync(RESULTS, { recursive: true });
  return path.join(RESULTS, name);
}

// Shared set-up for the end-to-end tests: a static server on loopback for dist/ (and the
// host pages in tests/hosts/), and Debian's Chromium driven by playwright-core.
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after } from 'node:test';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.join(ROOT, 'dist');
export const HOSTS = path.join(ROOT, 'tests', 'hosts');
/** Screenshots and other artefacts a person may want to look at after a run. */
export const RESULTS = path.join(ROOT, 'test-results');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Serves dist/ at `/` and tests/hosts/ at `/hosts/` on 127.0.0.1 (a free port).
 * `headers(pathname)` may add response headers, e.g. a Content-Security-Policy.
 */
/**
 * Size of `file` in `dist/` after `gzip -9`, the measure the size budget is written in.
 * GNU gzip itself, not Node's zlib: at level 9 the two differ by about 3% on the wasm module.
 */
export function gzipSize(file) {
  return execFileSync('gzip', ['-9', '-n', '-c', path.join(DIST, file)], { maxBuffer: 1 << 26 }).length;
}

export async function serve({ headers = () => ({}) } = {}) {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    let pathname = decodeURIComponent(url.pathname);
    if (pathname.endsWith('/')) pathname += 'index.html';
    const [base, rest] = pathname.startsWith('/hosts/') ? [HOSTS, pathname.slice(7)] : [DIST, pathname];
    const file = path.join(base, path.normalize(rest).replace(/^(\.\.[/\\])+/, ''));
    fs.readFile(file, (error, body) => {
      if (error) {
        response.writeHead(404, { 'content-type': 'text/plain' });
        response.end('not found');
        return;
      }
      response.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...headers(pathname),
      });
      response.end(body);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** The server and browser for the tests of one file, stopped after them. */
export async function setUp(serveOptions) {
  const server = await serve(serveOptions);
  const browser = await launch();
  after(async () => {
    await browser.close();
    await server.close();
  });
  return { server, browser };
}

/** Headless Debian Chromium; playwright gives every launch a fresh, empty profile. */
export function launch() {
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

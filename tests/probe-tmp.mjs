import { setUp, open } from './e2e/harness.mjs';
import { test } from 'node:test';
const { server, browser } = await setUp({ headers: (p) => p === '/hosts/nowasm.html' ? { 'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'" } : {} });
test('probe', async () => {
  server.page('nowasm.html', '<!doctype html><html><head><meta charset=utf-8><link rel=stylesheet href="/assets/x.css"><script type=module src="/deal-explainer.js"></script></head><body><deal-explainer lang=nl></deal-explainer></body></html>');
  const { page, log } = await open(browser, `${server.url}/hosts/nowasm.html`);
  await page.waitForTimeout(3000);
  console.log(log.messages.join('\n'));
});

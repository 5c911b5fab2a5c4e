import { startSite, startHosts, launch, asset } from './e2e/harness.mjs';
const browser = await launch();
for (const v of ['ours', 'lol', 'talc', 'default']) {
  const site = await startSite(`/tmp/dist-${v}`);
  const hosts = await startHosts({ widget: site.url });
  hosts.page('twenty.html', `<!doctype html><html><head><meta charset=utf-8><link rel=icon href="data:,"><script type=module src="{{WIDGET}}/deal-explainer.js"></script></head><body>${Array.from({ length: 20 }, (_, i) => `<deal-explainer lang="${i % 2 ? 'nl' : 'en'}"></deal-explainer>`).join('')}</body></html>`);
  const results = [];
  for (let run = 0; run < 3; run++) {
    const context = await browser.newContext({ viewport: { width: 1300, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${hosts.url}/hosts/twenty.html`);
    for (let i = 0; i < 20; i++) {
      await page.locator('deal-explainer').nth(i).scrollIntoViewIfNeeded();
      await page.waitForFunction((i) => document.querySelectorAll('deal-explainer')[i].shadowRoot?.querySelector('[data-deal-explainer]')?.dataset.state === 'interactive', i, { timeout: 60000 });
    }
    const runtime = `${site.url}/${asset('runtime.js', `/tmp/dist-${v}`)}`;
    results.push(await page.evaluate(async (r) => (await (await import(r)).load()).memory.buffer.byteLength, runtime));
    await context.close();
  }
  console.log(v, results.join(' '));
  await hosts.close(); await site.close();
}
await browser.close();

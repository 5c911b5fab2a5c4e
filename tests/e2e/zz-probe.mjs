import { setUp } from './harness.mjs';
import { openWidget, openSections } from './modes.mjs';
const { server, browser } = await setUp();
const { page, widget } = await openWidget(browser, server, 'demo', { settings: { lang: 'en' }, fontSize: 32, viewport: { width: 320, height: 640 } });
await openSections(widget);
const tabs = widget.getByRole('tab');
for (let i = 0; i < (await tabs.count()); i += 1) {
  await tabs.nth(i).click();
  console.log(i, await widget.evaluate((dx) => {
    const box = dx.getBoundingClientRect();
    const out = [];
    for (const el of dx.querySelectorAll('button')) {
      const r = el.getBoundingClientRect();
      if (r.right > box.right + 0.5 && el.checkVisibility()) {
        const chain = []; for (let a = el; a && a !== dx; a = a.parentElement) chain.push(a.tagName.toLowerCase() + '.' + [...a.classList].join('.') + ' w' + Math.round(a.getBoundingClientRect().width) + ' r' + Math.round(a.getBoundingClientRect().right));
        out.push(el.textContent.slice(0, 30) + ' :: ' + chain.join(' < '));
      }
    }
    return out.join('\n') + '\nbox ' + box.width;
  }));
}
await browser.close();
process.exit(0);

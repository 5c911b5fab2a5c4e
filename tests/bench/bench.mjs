// Benchmark of the built site (dist/): what readers download, how fast the widget shows and
// responds, what it costs in memory, how it fares on a slow phone and beside TimelineJS3, and
// Lighthouse's view of the demo page. Prints Markdown; run it through `bash scripts/bench.sh`,
// which builds first and installs what the benchmark alone needs (tests/bench/package.json).
// Not a test: it checks only that everything ran, then reports figures.
//
// Each section is a module beside this one. Everything is served on loopback by
// `deal-site serve` from target/bench/site/ (site.mjs: dist/ plus the benchmark's own pages),
// host pages of another origin by the end-to-end tests' host server.
import os from 'node:os';
import path from 'node:path';
import { startSite, startHosts, launch } from '../e2e/harness.mjs';
import { BENCH_DIR, assembleSite } from './site.mjs';
import { downloadSection } from './download.mjs';
import { pageLoadSection } from './page-load.mjs';
import { tabSwitchSection } from './tab-switch.mjs';
import { INSTANCE_COUNTS, instancesSection } from './instances.mjs';
import { memorySection } from './memory.mjs';
import { slowPhoneSection } from './slow-phone.mjs';
import { sideBySideSection } from './side-by-side.mjs';
import { lighthouseSection } from './lighthouse.mjs';

const started = Date.now();
const loadAverage = () => os.loadavg().map((l) => l.toFixed(1)).join(', ');
const startLoad = loadAverage();

const site = await startSite(assembleSite(INSTANCE_COUNTS));
const hosts = await startHosts({ widget: site.url });
const browser = await launch();
const print = (heading, body) => console.log(`### ${heading}\n\n${body}\n`);
try {
  const cpus = os.cpus();
  console.log(`## Benchmark ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC\n`);
  console.log(
    `${cpus[0].model}, ${cpus.length} cores; Chromium ${browser.version()} headless; Node ${process.version}; ` +
      `load average at the start ${startLoad}.\n`,
  );
  print('Download', downloadSection());
  print('Page load', await pageLoadSection(browser, site.url));
  print('Tab switch', await tabSwitchSection(browser, site.url));
  print(`${INSTANCE_COUNTS.at(-1)} instances on one page`, await instancesSection(browser, site.url));
  print('Memory of one widget', (await memorySection(browser, site.url)).markdown);
  print('Slow phone', await slowPhoneSection(browser, site.url, hosts));
  print('Side by side with TimelineJS3', (await sideBySideSection(browser, site.url)).markdown);
  // Its full report stays in target/bench/lighthouse.json.
  print('Lighthouse', await lighthouseSection(site.url, path.join(BENCH_DIR, 'lighthouse.json')));
  console.log(`Measured in ${((Date.now() - started) / 1000).toFixed(0)} s; load average at the end ${loadAverage()}.`);
} finally {
  await browser.close();
  await Promise.all([hosts.close(), site.close()]);
}

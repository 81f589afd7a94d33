// The comparison benchmark: how far this page's first paint and first figures are from the floor.
// Builds nothing itself (scripts/bench builds dist/ and tests/bench/bare-yew/dist/ first). Loads,
// in one interleaved run of fresh browser contexts (empty caches), the same number of times each:
//   - this page, the release build (dist/);
//   - a bare Yew 0.23 page with the same release profile and wasm-opt level (tests/bench/bare-yew),
//     rendering a heading and a small table: what any Yew page costs;
//   - the same heading and table as plain HTML, no script (tests/bench/plain): the floor.
// Each load gives first contentful paint, largest contentful paint, the time until the figures are
// in the page (this page: its net-1 figure as shown, prerendered or live; the others: their table's
// net-1 cell) and the bytes
// transferred, unthrottled and with the CPU 4x slower on Slow 4G. Rounds rotate the order of the
// pages, so none always goes first; a first round warms up the browser and the servers and is not
// counted. Prints medians and ratios; writes bench-results/compare.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT, DIST, CHROMIUM_ARGS } from '../e2e/helpers.js';
import { serve } from '../e2e/server.js';
import { percentile, SLOW_NETWORK, SHOWN_FIGURES } from '../e2e/measure.js';

const LOADS = Number(process.env.COMPARE_LOADS ?? 25);

const PAGES = [
  { key: 'page', name: 'this page', dir: DIST, figures: SHOWN_FIGURES },
  { key: 'bareYew', name: 'bare Yew', dir: join(ROOT, 'tests/bench/bare-yew/dist'), figures: 'table [data-testid="net-1"]' },
  { key: 'plain', name: 'plain HTML', dir: join(ROOT, 'tests/bench/plain'), figures: 'table [data-testid="net-1"]' },
];

const PROFILES = [
  { key: 'unthrottled', name: 'unthrottled', cpu: 1, network: null },
  { key: 'throttled', name: 'CPU 4x slower, Slow 4G', cpu: 4, network: SLOW_NETWORK },
];

const METRICS = [
  { key: 'fcp', name: 'first contentful paint (ms)' },
  { key: 'lcp', name: 'largest contentful paint (ms)' },
  { key: 'figures', name: 'figures in the page (ms)' },
  { key: 'bytes', name: 'bytes transferred (KB)' },
];

/** Ratios printed and written: [metric, numerator page, denominator page]. */
const RATIOS = [
  ['fcp', 'page', 'plain'],
  ['lcp', 'page', 'plain'],
  ['figures', 'page', 'bareYew'],
];

/**
 * Runs in the page before any of its scripts: notes when `selector` first matches (the parser's
 * insertions count, so the plain page's table is seen too) and keeps the largest contentful
 * paint candidates as Chromium reports them.
 */
function observe(selector) {
  const found = () => {
    if (window.__figuresAt === undefined && document.querySelector(selector)) {
      window.__figuresAt = performance.now();
      return true;
    }
    return false;
  };
  if (!found()) {
    new MutationObserver((_, observer) => {
      if (found()) observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  }
  window.__lcp = [];
  new PerformanceObserver((list) => window.__lcp.push(...list.getEntries()))
    .observe({ type: 'largest-contentful-paint', buffered: true });
}

/** One fresh load of `url`: {fcp, lcp, lcpElement, figures, bytes, requests}, times in ms. */
async function load(browser, url, selector, { cpu, network }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(observe, selector);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // Bytes as DevTools counts them: each response's encoded body and headers.
  let bytes = 0;
  let requests = 0;
  cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; requests += 1; });
  await cdp.send('Network.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  if (network) await cdp.send('Network.emulateNetworkConditions', network);
  await page.goto(url, { waitUntil: 'load', timeout: 60000 });
  await page.waitForFunction(() => window.__figuresAt !== undefined, null, { timeout: 60000 });
  // The frame that shows the figures, and a little after, so that its paint has its LCP entry.
  await page.evaluate(() => new Promise((done) => {
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 100)));
  }));
  const times = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    const lcp = window.__lcp.at(-1);
    const el = lcp?.element;
    return {
      fcp: fcp?.startTime ?? null,
      lcp: lcp?.startTime ?? null,
      lcpElement: el ? el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') + (el.className ? `.${String(el.className).split(' ')[0]}` : '') : null,
      figures: window.__figuresAt,
    };
  });
  await context.close();
  return { ...times, bytes, requests };
}

const median = (xs) => percentile(xs, 50);
const fmt = (key, x) => (key === 'bytes' ? (x / 1024).toFixed(1) : x.toFixed(0));

const started = Date.now();
// Another busy process on the machine (2 cores) skews every figure, the ratios less: noted.
const loadBefore = loadavg()[0];
const servers = await Promise.all(PAGES.map((p) => serve(p.dir)));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
const runs = Object.fromEntries(PROFILES.map((pr) => [pr.key, Object.fromEntries(PAGES.map((p) => [p.key, []]))]));
for (let round = -1; round < LOADS; round++) {
  for (const profile of PROFILES) {
    const shift = ((round % PAGES.length) + PAGES.length) % PAGES.length;
    const order = [...PAGES.slice(shift), ...PAGES.slice(0, shift)];
    for (const p of order) {
      const result = await load(browser, servers[PAGES.indexOf(p)].url, p.figures, profile);
      if (round >= 0) runs[profile.key][p.key].push(result);
    }
  }
  process.stderr.write(round < 0 ? 'warm-up done\n' : `round ${round + 1}/${LOADS}\n`);
}
const version = browser.version();
await browser.close();
await Promise.all(servers.map((s) => s.close()));

const results = {
  date: new Date().toISOString(),
  chromium: version,
  loads_each: LOADS,
  pages: Object.fromEntries(PAGES.map((p) => [p.key, { name: p.name, dir: p.dir.slice(ROOT.length + 1) }])),
  profiles: {},
};
for (const profile of PROFILES) {
  const medians = {};
  for (const p of PAGES) {
    const rs = runs[profile.key][p.key];
    medians[p.key] = Object.fromEntries(METRICS.map((m) => [m.key, median(rs.map((r) => r[m.key]))]));
    // The element Chromium took for the largest paint, and in how many loads.
    medians[p.key].lcp_elements = rs.reduce((n, r) => ({ ...n, [r.lcpElement]: (n[r.lcpElement] ?? 0) + 1 }), {});
  }
  const ratios = Object.fromEntries(RATIOS.map(([m, a, b]) => [`${m}_${a}_over_${b}`, medians[a][m] / medians[b][m]]));
  results.profiles[profile.key] = { name: profile.name, cpu_slowdown: profile.cpu, network: profile.network, medians, ratios, runs: runs[profile.key] };
}
results.seconds = (Date.now() - started) / 1000;
results.load_average = { before: loadBefore, after: loadavg()[0] };

for (const profile of PROFILES) {
  const { medians, ratios } = results.profiles[profile.key];
  console.log(`\nMedians of ${LOADS} fresh loads each, ${profile.name}`);
  console.log(`  ${''.padEnd(32)}${PAGES.map((p) => p.name.padStart(12)).join('')}`);
  for (const m of METRICS) {
    console.log(`  ${m.name.padEnd(32)}${PAGES.map((p) => fmt(m.key, medians[p.key][m.key]).padStart(12)).join('')}`);
  }
  console.log(`  ${'largest paint element'.padEnd(32)}${PAGES.map((p) => Object.keys(medians[p.key].lcp_elements).join('/').padStart(12)).join('')}`);
  for (const [m, a, b] of RATIOS) {
    const label = `${METRICS.find((x) => x.key === m).name.replace(/ \(.*/, '')}, ${PAGES.find((p) => p.key === a).name} / ${PAGES.find((p) => p.key === b).name}`;
    console.log(`  ${label.padEnd(56)} ${ratios[`${m}_${a}_over_${b}`].toFixed(2)}x`);
  }
}
const out = join(ROOT, 'bench-results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'compare.json'), JSON.stringify(results, null, 2) + '\n');
console.log(`\nLoad average (1 min): ${loadBefore.toFixed(2)} before, ${results.load_average.after.toFixed(2)} after (well above 1 before: other work shared the CPU).`);
console.log(`Comparison took ${results.seconds.toFixed(0)} s. Written to bench-results/compare.json`);

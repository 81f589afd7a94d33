// Lighthouse on the release build (scripts/bench --lighthouse, which builds dist/ and installs this
// folder first): performance, accessibility and best practices, with the desktop and the mobile
// presets, RUNS runs each, every run in a new headless Chromium (Debian's, as the other tests use).
// Needs Node 22+: run with this folder's node_modules/.bin/node (the npm package `node`).
// Serves dist/ on loopback as the tests do. Prints each run and the medians; writes
// bench-results/lighthouse.json, and the last run of each preset as bench-results/lighthouse-*.html.
//
// Lighthouse's performance figures are simulated (its default "simulate" throttling: a page load
// traced unthrottled, then replayed in a model of a slower device and network); the traced
// figures are given too, as "observed".
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { ROOT, DIST } from '../../e2e/helpers.js';
import { serve } from '../../e2e/server.js';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update'];
// No config is Lighthouse's default: mobile (a mid-range phone, 4x CPU slowdown, slow 4G).
// LIGHTHOUSE_PRESETS=mobile (or desktop) runs one preset alone.
const PRESETS = [['desktop', desktopConfig], ['mobile', undefined]]
  .filter(([name]) => (process.env.LIGHTHOUSE_PRESETS ?? 'desktop,mobile').split(',').includes(name));

/** The middle value (the lower of the two middle ones for an even count). */
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length / 2) - 1];

/** Scores (0-100) and timings (ms) of one Lighthouse result. */
function summary(lhr) {
  const ms = (id) => lhr.audits[id].numericValue;
  const observed = lhr.audits.metrics.details.items[0];
  return {
    ...Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(lhr.categories[c].score * 100)])),
    fcp: ms('first-contentful-paint'),
    lcp: ms('largest-contentful-paint'),
    tbt: ms('total-blocking-time'),
    speed_index: ms('speed-index'),
    cls: ms('cumulative-layout-shift'),
    observed_fcp: observed.observedFirstContentfulPaint,
    observed_lcp: observed.observedLargestContentfulPaint,
    lcp_element: lhr.audits['lcp-breakdown-insight']?.details?.items?.find((i) => i.type === 'node')?.selector ?? null,
    // Scored audits that did not pass, in the three categories, with their score (0-1).
    failed: Object.fromEntries(CATEGORIES.flatMap((c) => lhr.categories[c].auditRefs
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
      .map((ref) => [`${c}: ${ref.id}`, lhr.audits[ref.id].score]))),
  };
}

const started = Date.now();
const server = await serve(DIST);
const out = join(ROOT, 'bench-results');
mkdirSync(out, { recursive: true });
const results = { date: new Date().toISOString(), lighthouse: null, url: server.url, runs_each: RUNS, presets: {} };
for (const [preset, config] of PRESETS) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
    try {
      const result = await lighthouse(server.url, { port: chrome.port, output: 'html', logLevel: 'error', onlyCategories: CATEGORIES }, config);
      results.lighthouse = result.lhr.lighthouseVersion;
      results.chromium = result.lhr.environment.hostUserAgent;
      if (result.lhr.runtimeError) throw new Error(`${preset}: ${result.lhr.runtimeError.message}`);
      runs.push(summary(result.lhr));
      if (i === RUNS - 1) writeFileSync(join(out, `lighthouse-${preset}.html`), result.report);
    } finally {
      await chrome.kill();
    }
    process.stderr.write(`${preset} run ${i + 1}/${RUNS} done\n`);
  }
  const keys = [...CATEGORIES, 'fcp', 'lcp', 'tbt', 'speed_index', 'cls', 'observed_fcp', 'observed_lcp'];
  results.presets[preset] = { medians: Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))])), runs };
}
await server.close();
results.seconds = (Date.now() - started) / 1000;

console.log(`\nLighthouse ${results.lighthouse}, ${RUNS} runs each (scores 0-100; ms, simulated unless "observed")`);
const columns = [
  ['perf', 'performance'], ['a11y', 'accessibility'], ['best', 'best-practices'],
  ['FCP', 'fcp'], ['LCP', 'lcp'], ['TBT', 'tbt'], ['SI', 'speed_index'], ['obs. FCP', 'observed_fcp'], ['obs. LCP', 'observed_lcp'],
];
console.log(`  ${''.padEnd(16)}${columns.map(([label]) => label.padStart(9)).join('')}`);
const row = (label, r) => console.log(`  ${label.padEnd(16)}${columns.map(([, k]) => String(Math.round(r[k])).padStart(9)).join('')}`);
for (const [preset, { medians, runs }] of Object.entries(results.presets)) {
  runs.forEach((r, i) => row(`${preset} run ${i + 1}`, r));
  row(`${preset} median`, medians);
  console.log(`  CLS ${medians.cls.toFixed(3)}; largest paint element: ${[...new Set(runs.map((r) => r.lcp_element))].join(', ')}`);
  // Each audit that did not pass in some run, with its worst score.
  const failed = {};
  for (const r of runs) for (const [id, score] of Object.entries(r.failed)) failed[id] = Math.min(failed[id] ?? 1, score);
  const list = Object.entries(failed).map(([id, score]) => `${id} (${score})`);
  console.log(`  not passed: ${list.length ? list.join('; ') : 'none'}`);
}
writeFileSync(join(out, 'lighthouse.json'), JSON.stringify(results, null, 2) + '\n');
console.log(`\nLighthouse took ${results.seconds.toFixed(0)} s. Written to bench-results/lighthouse.json and lighthouse-{desktop,mobile}.html`);

// The page benchmark: builds nothing itself (scripts/bench builds first), serves dist/ on
// loopback, measures in headless Chromium, prints a table and writes bench-results/page.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, start } from '../e2e/helpers.js';
import {
  transferSizes, timeToTable, keystrokeLatencies, percentile, SIX_FULL_OFFERS, ONE_OFFER, SLOW_NETWORK,
} from '../e2e/measure.js';

const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 200);
const LOADS = Number(process.env.BENCH_LOADS ?? 7);

const kb = (bytes) => (bytes / 1024).toFixed(1);
const ms = (x) => x.toFixed(2);
const median = (xs) => percentile(xs, 50);

const session = await start();
const results = { date: new Date().toISOString(), chromium: session.browser.version(), sizes: transferSizes(), load: [], keystroke: [] };

const profiles = [
  { name: 'unthrottled', cpu: 1, network: null },
  { name: 'CPU 4x slower, Slow 4G', cpu: 4, network: SLOW_NETWORK },
];
for (const [page, query] of [['default page (2 offers)', ''], ['six full offers', SIX_FULL_OFFERS]]) {
  for (const profile of profiles) {
    const times = [];
    for (let i = 0; i < LOADS; i++) times.push(await timeToTable(session, query, profile));
    results.load.push({ page, profile: profile.name, runs: LOADS, median_ms: median(times), max_ms: Math.max(...times) });
  }
}
for (const [page, query] of [['1 offer', ONE_OFFER], ['6 offers', SIX_FULL_OFFERS]]) {
  for (const cpu of [1, 4]) {
    const runs = await keystrokeLatencies(session, query, KEYSTROKES, { cpu });
    const dom = runs.map((r) => r.dom);
    const frame = runs.map((r) => r.frame);
    results.keystroke.push({
      page, cpu_slowdown: cpu, keystrokes: runs.length,
      dom_median_ms: median(dom), dom_p95_ms: percentile(dom, 95),
      frame_median_ms: median(frame), frame_p95_ms: percentile(frame, 95),
    });
  }
}
await session.close();

console.log(`\nTransfer size of dist/ (KB)            raw     gzip   brotli`);
const { onDemand, ...firstLoad } = results.sizes;
const sizeRows = [...Object.entries(firstLoad), ...Object.entries(onDemand).map(([k, s]) => [`${k} (on demand)`, s])];
for (const [kind, s] of sizeRows) {
  console.log(`  ${kind.padEnd(36)} ${kb(s.raw).padStart(7)} ${kb(s.gzip).padStart(8)} ${kb(s.brotli).padStart(8)}`);
}
console.log(`\nNavigation to first comparison table (ms, ${LOADS} loads)        median      max`);
for (const r of results.load) {
  console.log(`  ${(r.page + ', ' + r.profile).padEnd(56)} ${ms(r.median_ms).padStart(8)} ${ms(r.max_ms).padStart(8)}`);
}
console.log(`\nKeystroke in a wage field to updated table (ms, ${KEYSTROKES} keystrokes)`);
console.log(`  ${''.padEnd(26)} DOM median   DOM p95   frame median   frame p95`);
for (const r of results.keystroke) {
  console.log(`  ${(r.page + ', CPU ' + r.cpu_slowdown + 'x').padEnd(26)} ${ms(r.dom_median_ms).padStart(10)} ${ms(r.dom_p95_ms).padStart(9)} ${ms(r.frame_median_ms).padStart(14)} ${ms(r.frame_p95_ms).padStart(11)}`);
}
const out = join(ROOT, 'bench-results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'page.json'), JSON.stringify(results, null, 2) + '\n');
console.log(`\nWritten to bench-results/page.json`);

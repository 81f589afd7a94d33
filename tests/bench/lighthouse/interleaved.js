// Lighthouse's phone, run interleaved on two or more builds: the way to tell a change from the
// machine's load, which moves the simulated blocking time more than most changes do.
//   tests/bench/lighthouse/node_modules/.bin/node tests/bench/lighthouse/interleaved.js RUNS DIR...
// (after `scripts/bench lighthouse` installed this folder). Each DIR is a release build (a dist/);
// every run is a new headless Chromium, the builds taking turns. Prints each run and the medians:
// the performance score, the simulated LCP and TBT, the observed LCP, and when the wasm's download
// ended, both from the navigation's start. Where it ended before the observed LCP, Lighthouse's
// simulation counts the download before the largest paint (about 2.2 s instead of 1 s on this
// page): the column `wasm first`.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serve } from '../../e2e/server.js';

const [runs, ...dirs] = process.argv.slice(2);
if (!(Number(runs) > 0) || dirs.length === 0) {
  console.error('usage: interleaved.js RUNS DIR [DIR...]');
  process.exit(2);
}
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update'];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length / 2) - 1];

const servers = await Promise.all(dirs.map((dir) => serve(dir)));
const results = dirs.map(() => []);
try {
  for (let run = 0; run < Number(runs); run++) {
    for (const [k, server] of servers.entries()) {
      const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
      try {
        const { lhr } = await lighthouse(server.url, { port: chrome.port, logLevel: 'error', onlyCategories: ['performance'] });
        if (lhr.runtimeError) throw new Error(lhr.runtimeError.message);
        const observed = lhr.audits.metrics.details.items[0];
        const requests = lhr.audits['network-requests'].details;
        const wasm = requests.items.find((r) => r.url.endsWith('.wasm'));
        // The requests' times count from the first request's start, the metrics' from the
        // navigation's: both put on the navigation's clock.
        const requestsFromNavigation = (requests.debugData.networkStartTimeTs - observed.observedNavigationStartTs) / 1000;
        const result = {
          perf: Math.round(lhr.categories.performance.score * 100),
          lcp: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
          tbt: Math.round(lhr.audits['total-blocking-time'].numericValue),
          observedLcp: observed.observedLargestContentfulPaint,
          wasmEnd: wasm ? Math.round(requestsFromNavigation + wasm.networkEndTime) : null,
        };
        result.wasmFirst = result.wasmEnd !== null && result.wasmEnd <= result.observedLcp;
        results[k].push(result);
        console.log(`${dirs[k]}  run ${run + 1}: ${JSON.stringify(result)}`);
      } finally {
        await chrome.kill();
      }
    }
  }
} finally {
  await Promise.all(servers.map((server) => server.close()));
}

console.log('\nmedians (perf 0-100; ms, simulated but "observed LCP" and "wasm end"; "wasm first": runs of all)');
console.log('| build | perf | perf range | LCP | TBT | observed LCP | wasm end | wasm first |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const [k, dir] of dirs.entries()) {
  const r = results[k];
  const m = (key) => median(r.map((x) => x[key]));
  const perfs = r.map((x) => x.perf);
  console.log(`| ${dir} | ${m('perf')} | ${Math.min(...perfs)} to ${Math.max(...perfs)} | ${m('lcp')} | ${m('tbt')} | ${m('observedLcp')} | ${m('wasmEnd')} | ${r.filter((x) => x.wasmFirst).length} of ${r.length} |`);
}

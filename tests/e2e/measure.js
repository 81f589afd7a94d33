// Measurements shared by the budget tests and the benchmark (scripts/bench).
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { DIST, ROOT, LIVE_FIGURES, PAGE_COMPLETE } from './helpers.js';

/** A link with six offers, every field set: the heaviest page a link can ask for. */
export const SIX_FULL_OFFERS = readFileSync(join(ROOT, 'tests/bench/six-offers.txt'), 'utf8').trim();

/** One hourly offer. */
export const ONE_OFFER = '?v=2&o1.wage=24.16&o1.name=Offer%201';

const KIND = { '.html': 'html', '.js': 'js', '.wasm': 'wasm', '.css': 'css' };

/**
 * Files the page loads on demand: the market detail and the state tax engine, which the default
 * page loads once its live calculator is complete, and a link with a place beside the wasm (its
 * figures wait for them), and with them the documents of the state taxes and the federal
 * parameters' tables. Not part of the first load of the default page.
 */
export const ON_DEMAND = [/^market\.js$/, /^engine-[0-9a-f]+\.js$/, /^state-sources\.js$/, /^parameters\.js$/];

/** Every file under `dir`, with its path relative to it. */
function files(dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? files(join(dir, entry.name), join(prefix, entry.name))
      : [join(prefix, entry.name)],
  );
}

/**
 * Bytes of html, js, wasm and css in dist/ (snippets included): raw, gzip -9 and brotli -11.
 * `total` is what every first load transfers; the files of ON_DEMAND are counted apart, under
 * `onDemand.market` and `onDemand.engine`.
 */
export function transferSizes(dir = DIST) {
  const sizes = {};
  const onDemand = {};
  for (const name of files(dir)) {
    const kind = KIND[extname(name)];
    if (!kind) continue;
    const body = readFileSync(join(dir, name));
    const onDemandAs = ON_DEMAND.find((pattern) => pattern.test(name));
    const entry = onDemandAs ? (onDemand[name.split(/[-.]/)[0]] ??= { raw: 0, gzip: 0, brotli: 0 }) : (sizes[kind] ??= { raw: 0, gzip: 0, brotli: 0 });
    entry.raw += body.length;
    entry.gzip += gzipSync(body, { level: 9 }).length;
    entry.brotli += brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length;
  }
  sizes.total = Object.values(sizes).reduce(
    (t, s) => ({ raw: t.raw + s.raw, gzip: t.gzip + s.gzip, brotli: t.brotli + s.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
  sizes.onDemand = onDemand;
  return sizes;
}

/** Mid-range phone on a slow network: Chromium's "Slow 4G" figures. */
export const SLOW_NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

async function throttle(page, { cpu = 1, network = null } = {}) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
  }
  return cdp;
}

/**
 * The first figure a person sees: the prerendered one where the page was opened without a link
 * (a one-line script shows it the frame after the first paint), else the live calculator's.
 */
export const SHOWN_FIGURES = `html:not(.link) [data-testid="net-1"], ${LIVE_FIGURES}`;

/** Milliseconds from navigation start to the first comparison table shown. */
export async function timeToTable(session, query, options = {}) {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript((shown) => {
    new MutationObserver((_, observer) => {
      if (document.querySelector(shown)) {
        window.__tableAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  }, SHOWN_FIGURES);
  const page = await context.newPage();
  await throttle(page, options);
  await page.goto(session.url + query);
  await page.waitForFunction(() => window.__tableAt !== undefined, null, { timeout: 60000 });
  const ms = await page.evaluate(() => window.__tableAt);
  await context.close();
  return ms;
}

/**
 * Milliseconds from each keystroke in the first wage field to the updated table (the net figure
 * changed in the DOM), and to the next frame after it. Alternates typing a digit and Backspace.
 */
export async function keystrokeLatencies(session, query, count, options = {}) {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(session.url + query);
  // Every section in, so no keystroke's time holds a piece of the first render.
  await page.waitForSelector(PAGE_COMPLETE);
  await throttle(page, options);
  await page.evaluate(() => {
    window.__latencies = [];
    let started = null;
    document.addEventListener('keydown', (e) => { started = e.timeStamp; }, true);
    const net = document.querySelector('[data-testid="net-1"]');
    new MutationObserver(() => {
      if (started === null) return;
      const from = started;
      started = null;
      const dom = performance.now() - from;
      requestAnimationFrame(() => window.__latencies.push({ dom, frame: performance.now() - from }));
    }).observe(net, { attributes: true, attributeFilter: ['data-value'] });
  });
  const wage = page.locator('[data-testid="input-wage-1"]');
  await wage.click();
  await wage.press('End');
  for (let i = 0; i < count; i++) {
    await page.keyboard.press(i % 2 === 0 ? '7' : 'Backspace');
    await page.waitForFunction((n) => window.__latencies.length >= n, i + 1, { timeout: 10000 });
  }
  const latencies = await page.evaluate(() => window.__latencies);
  await context.close();
  return latencies;
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

// Shared by the end-to-end tests and the benchmark: headless Chromium (Debian's, never a
// downloaded one) driving the release build served on loopback under a sub-path.
import { chromium } from 'playwright-core';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './server.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(ROOT, 'dist');

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The live calculator's first figure: the page holds the one the build prerendered (inert) until
 * the wasm's takes its place.
 */
export const LIVE_FIGURES = '#app:not([inert]) [data-testid="net-1"]';

/**
 * The share link: the last of the sections below the comparison, which the page adds a task each
 * after the live calculator is in place (`Build` in src/app.rs). Tests that read the page with
 * `document.querySelector` rather than Playwright's waiting locators need all of them there.
 */
export const PAGE_COMPLETE = '#app:not([inert]) [data-testid="share-url"]';

/** Starts the server and the browser; `close()` stops both. */
export async function start() {
  const server = await serve(DIST);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  return {
    url: server.url,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens the page at `query` in a new context and waits until every section of the live
 * calculator is in (`PAGE_COMPLETE`). `page.problems` collects uncaught errors and console
 * errors: a test ends by asserting it is empty.
 */
export async function open(session, query = '', options = {}) {
  const context = await session.browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    permissions: options.permissions ?? [],
  });
  if (options.init) await context.addInitScript(options.init);
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') page.problems.push(`console: ${m.text()}`);
  });
  page.on('crash', () => page.problems.push('crash'));
  await page.goto(session.url + query);
  await page.waitForSelector(PAGE_COMPLETE);
  return page;
}

export const hook = (page, id) => page.locator(`[data-testid="${id}"]`);

/** The unrounded figure of a hook, as a number. */
export async function figure(page, id) {
  const text = await hook(page, id).getAttribute('data-value');
  if (text === null || !/^-?\d+(\.\d+)?$/.test(text)) throw new Error(`${id}: data-value ${text}`);
  return Number(text);
}

/** Waits until a hook's figure is `expected` (to a millionth of a dollar). */
export async function expectFigure(page, id, expected) {
  await page.waitForFunction(
    ([id, expected]) => {
      const el = document.querySelector(`[data-testid="${id}"]`);
      return el && Math.abs(Number(el.getAttribute('data-value')) - expected) < 1e-6;
    },
    [id, expected],
    { timeout: 5000 },
  ).catch(async () => {
    throw new Error(`${id}: expected ${expected}, shown ${await hook(page, id).getAttribute('data-value')}`);
  });
}

/** Opens the "More details" group of offer n, where its fields live. */
export async function openMore(page, n) {
  const details = page.locator(`[data-testid="offer-editor-${n}"] details.more`);
  if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
}

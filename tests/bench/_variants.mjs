import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../e2e/helpers.js';
import { serve } from '../e2e/server.js';
import { percentile, SLOW_NETWORK } from '../e2e/measure.js';
const VARIANTS = process.argv.slice(2);
const N = Number(process.env.N ?? 9);
const servers = await Promise.all(VARIANTS.map((d) => serve(d)));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const res = {};
for (const prof of [{ k: 'fast', cpu: 1, net: null }, { k: 'slow', cpu: 4, net: SLOW_NETWORK }]) {
  for (let r = -1; r < N; r++) for (let i = 0; i < VARIANTS.length; i++) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: prof.cpu });
    if (prof.net) await cdp.send('Network.emulateNetworkConditions', prof.net);
    await page.goto(servers[i].url, { waitUntil: 'load' });
    await page.waitForTimeout(prof.net ? 1500 : 400);
    const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime);
    await ctx.close();
    if (r >= 0) ((res[prof.k] ??= {})[VARIANTS[i]] ??= []).push(fcp);
  }
}
for (const [k, v] of Object.entries(res)) for (const [d, xs] of Object.entries(v)) console.log(k, d, percentile(xs, 50).toFixed(0));
await browser.close(); await Promise.all(servers.map((s) => s.close()));

// "Nothing you type leaves your browser", enforced by the browser: the page's
// Content-Security-Policy refuses any connection to another origin and any inline script, and
// editing and copying a link make no request at all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, hook } from './helpers.js';

let session;
before(async () => { session = await start(); });
after(async () => { await session?.close(); });

test('the page\'s policy allows no other origin and no inline script', async () => {
  const page = await open(session);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const directives = Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  assert.deepEqual(directives['default-src'], ["'none'"]);
  assert.deepEqual(directives['connect-src'], ["'self'"]);
  assert.deepEqual(directives['script-src'], ["'self'", "'wasm-unsafe-eval'"]);
  assert.equal(directives['style-src'].length, 1);
  assert.match(directives['style-src'][0], /^'sha256-[A-Za-z0-9+/]+=*'$/);
  assert.equal(await page.locator('script:not([src])').count(), 0, 'no inline script');
  assert.equal(await page.locator('[style]').count(), 0, 'no style attribute');
  assert.deepEqual(page.problems, []);
});

test('a request to another origin is refused by the browser', async () => {
  const page = await open(session);
  const outcome = await page.evaluate(async () => {
    const violations = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    const sent = await fetch('http://127.0.0.2:9/what-you-typed?wage=26.50').then(() => 'sent', () => 'refused');
    const beacon = navigator.sendBeacon('http://127.0.0.2:9/beacon', 'wage=26.50');
    await new Promise((r) => setTimeout(r, 50));
    return { sent, beacon, violations };
  });
  assert.equal(outcome.sent, 'refused');
  // A beacon is queued, then refused: both show as violations of connect-src.
  assert.ok(outcome.violations.filter((d) => d === 'connect-src').length >= 2, outcome.violations.join());
});

test('editing, copying a link and downloading the CSV make no request', async () => {
  const page = await open(session, '', { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.waitForTimeout(200);
  const requests = [];
  page.on('request', (r) => {
    if (!/^(data|blob):/.test(r.url())) requests.push(r.url());
  });
  await hook(page, 'input-wage-1').fill('27.25');
  await hook(page, 'input-bonus-2').fill('1500');
  await hook(page, 'input-name-1').fill('City clinic');
  await hook(page, 'input-kids').fill('2');
  await hook(page, 'input-basis-before').check();
  await hook(page, 'copy-link').click();
  await page.waitForFunction(() => navigator.clipboard.readText().then((t) => t.includes('o1.wage=27.25')));
  const download = page.waitForEvent('download');
  await hook(page, 'download-csv').click();
  await download;
  await page.waitForTimeout(300);
  assert.deepEqual(requests, []);
  assert.deepEqual(page.problems, []);
});

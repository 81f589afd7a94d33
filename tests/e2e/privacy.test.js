// "Nothing you type leaves your browser", enforced by the browser: the page's
// Content-Security-Policy refuses any connection (the page's own wasm is fetched before the
// policy applies) and any inline script but that fetch and the line that shows the prerendered
// calculator, each by its hash, and editing and copying a link make no
// request at all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { start, open, hook } from './helpers.js';

let session;
before(async () => { session = await start(); });
after(async () => { await session?.close(); });

test('the page\'s policy allows no connection, no other origin and no inline script but its two hashed lines', async () => {
  const page = await open(session);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const directives = Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  assert.deepEqual(directives['default-src'], ["'none'"]);
  assert.deepEqual(directives['connect-src'], ["'none'"]);
  const hash = /^'sha256-[A-Za-z0-9+/]+=*'$/;
  assert.deepEqual(directives['script-src'].slice(0, 2), ["'self'", "'wasm-unsafe-eval'"]);
  assert.equal(directives['style-src'].length, 1);
  assert.match(directives['style-src'][0], hash);
  // Two inline scripts. The first comes before the policy: it only fetches the page's own wasm
  // and marks the page as running scripts (opened with a link or not), which the stylesheet and
  // the second read. The second shows the prerendered calculator's template. The policy names
  // each by its hash, and nothing else.
  const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].map((s) => ({
    text: s.textContent,
    beforePolicy: !!(s.compareDocumentPosition(document.querySelector('meta[http-equiv="Content-Security-Policy"]')) & Node.DOCUMENT_POSITION_FOLLOWING),
  })));
  assert.equal(inline.length, 2);
  assert.match(inline[0].text, /^self\.wasmFetch=fetch\("\.\/offer-compare-[0-9a-f]+_bg\.wasm"\);document\.documentElement\.className=location\.search\.length>1\?"js link":"js"$/);
  assert.ok(inline[0].beforePolicy);
  assert.match(inline[1].text, /getElementById\("prerendered"\)/);
  assert.ok(!inline[1].beforePolicy);
  const hashes = directives['script-src'].slice(2);
  for (const h of hashes) assert.match(h, hash);
  assert.deepEqual(hashes, inline.map((s) => `'sha256-${createHash('sha256').update(s.text, 'utf8').digest('base64')}'`));
  assert.equal(await page.locator('[style]').count(), 0, 'no style attribute');
  assert.deepEqual(page.problems, []);
});

test('a request from the page is refused by the browser, even to its own origin', async () => {
  const page = await open(session);
  const outcome = await page.evaluate(async () => {
    const violations = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    const refused = (url) => fetch(url).then(() => 'sent', () => 'refused');
    const other = await refused('http://127.0.0.2:9/what-you-typed?wage=26.50');
    const own = await refused(new URL('what-you-typed?wage=26.50', document.baseURI).href);
    const beacon = navigator.sendBeacon('beacon', 'wage=26.50');
    await new Promise((r) => setTimeout(r, 50));
    return { other, own, beacon, violations };
  });
  assert.equal(outcome.other, 'refused');
  assert.equal(outcome.own, 'refused');
  // Both fetches and the beacon show as violations of connect-src.
  assert.ok(outcome.violations.filter((d) => d === 'connect-src').length >= 3, outcome.violations.join());
});

test('editing, copying a link and downloading the CSV make no request', async () => {
  const page = await open(session, '', { permissions: ['clipboard-read', 'clipboard-write'] });
  // The page's last files, the market detail and the tax documents, come once the first render
  // is complete.
  await page.waitForFunction(() => ['market.js', 'state-sources.js', 'parameters.js']
    .every((file) => performance.getEntriesByType('resource').some((e) => e.name.includes(file) && e.responseEnd > 0)));
  await page.waitForTimeout(200);
  const requests = [];
  page.on('request', (r) => {
    if (!/^(data|blob):/.test(r.url())) requests.push(r.url());
  });
  await hook(page, 'input-wage-1').fill('27.25');
  await hook(page, 'input-bonus-2').fill('1500');
  await hook(page, 'input-name-1').fill('City clinic');
  await hook(page, 'input-kids').fill('2');
  // A place and a metro area: figures that need the market detail, already in.
  await hook(page, 'input-state-1').selectOption('NJ');
  await hook(page, 'input-metro-1').fill('Trenton');
  await hook(page, 'input-metro-1').press('Enter');
  await page.waitForFunction(() => /Trenton/.test(document.querySelector('[data-testid="local-percentile-1"]')?.textContent ?? ''));
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

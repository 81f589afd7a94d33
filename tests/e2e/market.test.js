// Market position in the browser: percentiles among the shipped BLS release (checked against
// data/oews-may2025.csv, not frozen numbers), local wages of the state or metro area, the metro
// search by keyboard, unpublished values, the career path, and the market detail loaded only
// once a place is set.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { start, open, hook, expectFigure, openMore, ROOT } from './helpers.js';

let session;
before(async () => { session = await start(); });
after(async () => { await session?.close(); });

/** The shipped release: `occ|area` → { name, points: [[pct, wage] x5] or null, cells }. */
const OEWS = (() => {
  const rows = new Map();
  const lines = readFileSync(join(ROOT, 'data/oews-may2025.csv'), 'utf8').trim().split('\n').slice(1);
  for (const line of lines) {
    const cells = line.match(/("[^"]*"|[^,]*)(,|$)/g).map((c) => c.replace(/,$/, '').replace(/^"|"$/g, ''));
    const [occ, type, area, state, name, employment, mean, ...pts] = cells;
    const wages = pts.slice(0, 5);
    const points = wages.every((w) => /^\d/.test(w)) ? wages.map((w, i) => [[10, 25, 50, 75, 90][i], Number(w)]) : null;
    rows.set(`${occ}|${area}`, { name, state, employment, mean, wages, points });
    if (type === 'state') rows.set(`${occ}|${state}`, rows.get(`${occ}|${area}`));
  }
  return rows;
})();

/** model.md: linear between the points, clamped to 10 and 90. */
function percentileAmong(rate, points) {
  if (rate < points[0][1]) return 10;
  if (rate > points[4][1]) return 90;
  for (let i = 1; i < 5; i++) {
    const [p0, w0] = points[i - 1];
    const [p1, w1] = points[i];
    if (rate <= w1) return w1 > w0 ? p0 + ((p1 - p0) * (rate - w0)) / (w1 - w0) : p0;
  }
  return 90;
}

function wageAt(p, points) {
  const q = Math.min(90, Math.max(10, p));
  for (let i = 1; i < 5; i++) {
    const [p0, w0] = points[i - 1];
    const [p1, w1] = points[i];
    if (q <= p1) return w0 + ((w1 - w0) * (q - p0)) / (p1 - p0);
  }
  return points[4][1];
}

const national = (occ) => OEWS.get(`${occ}|99`);

test('percentiles follow the shipped BLS release, with its points and source', async () => {
  const coders = national('29-2072').points;
  const page = await open(session, '?o1.wage=27.48&o2.wage=15&o3.wage=45');
  await expectFigure(page, 'percentile-1', percentileAmong(27.48, coders));
  assert.match(await hook(page, 'percentile-2').textContent(), /Under the 10th/);
  assert.match(await hook(page, 'percentile-3').textContent(), /Over the 90th/);
  const bench = await page.locator('.benchmark').textContent();
  for (const [, wage] of coders) assert.ok(bench.includes(`$${wage.toFixed(2)}`), `${wage} in the benchmark`);
  assert.match(bench, /Bureau of Labor Statistics.*May 2025/);
  // The page sets no place: the market detail still comes, once the live calculator is complete
  // (never while a person types), at the address of its version.
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname.endsWith('/market.js')));
  const loads = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => new URL(n).pathname.endsWith('/market.js')));
  assert.equal(loads.length, 1);
  assert.match(loads[0], /market\.js\?v=[0-9a-f]+$/);
  assert.deepEqual(page.problems, []);
});

test('local percentiles: the state where the job is, the metro area where one is set', async () => {
  const page = await open(session, '?v=2&o1.wage=25&o1.state=NJ&o2.wage=25&o2.state=NY&o2.metro=35620&o3.wage=25');
  await expectFigure(page, 'local-percentile-1', percentileAmong(25, OEWS.get('29-2072|NJ').points));
  await expectFigure(page, 'local-percentile-2', percentileAmong(25, OEWS.get('29-2072|35620').points));
  assert.match(await hook(page, 'local-percentile-2').textContent(), /New York-Newark-Jersey City, NY-NJ/);
  // No place at all: no local figure, and the page says why.
  assert.equal(await hook(page, 'local-percentile-3').count(), 0);
  assert.match(await hook(page, 'offer-card-3').textContent(), /No metro area, work location or home state set/);
  // The metro picker shows the chosen area's name.
  assert.equal(await hook(page, 'input-metro-2').inputValue(), 'New York-Newark-Jersey City, NY-NJ');
  assert.deepEqual(page.problems, []);
});

test('the metro search finds an area by city or state, by keyboard, and the link keeps it', async () => {
  const page = await open(session, '?v=2&o1.wage=26');
  const box = hook(page, 'input-metro-1');
  await box.focus();
  await box.pressSequentially('new york');
  await page.waitForSelector('#o1-metro-list li');
  assert.equal(await box.getAttribute('role'), 'combobox');
  assert.equal(await box.getAttribute('aria-expanded'), 'true');
  assert.match(await page.locator('#o1-metro-list li').first().textContent(), /^New York-Newark-Jersey City/);
  // The status says what the list holds, not that it is loading (the areas came before the box
  // was focused).
  const status = page.locator('#o1-metro ~ p[aria-live]');
  assert.match(await status.textContent(), /areas? match/);
  // The first match is highlighted; the arrows move the highlight.
  assert.equal(await box.getAttribute('aria-activedescendant'), 'o1-metro-0');
  await box.press('ArrowDown');
  assert.equal(await box.getAttribute('aria-activedescendant'), 'o1-metro-1');
  await box.press('ArrowUp');
  assert.equal(await box.getAttribute('aria-activedescendant'), 'o1-metro-0');
  await box.press('Enter');
  await page.waitForFunction(() => location.search.includes('o1.metro=35620'));
  await expectFigure(page, 'local-percentile-1', percentileAmong(26, OEWS.get('29-2072|35620').points));
  assert.equal(await box.inputValue(), 'New York-Newark-Jersey City, NY-NJ');
  // A state's name finds its areas; Escape closes the list and keeps the choice.
  await box.fill('');
  await box.pressSequentially('Vermont');
  await page.waitForSelector('#o1-metro-list li');
  assert.match(await page.locator('#o1-metro-list').textContent(), /Burlington-South Burlington, VT/);
  await box.press('Escape');
  assert.equal(await box.getAttribute('aria-expanded'), 'false');
  // No match: said, and shown, though the list closes.
  await box.fill('');
  await box.pressSequentially('zzzz');
  await page.waitForFunction(() => document.querySelector('#o1-metro ~ p[aria-live]').textContent === 'No area matches.');
  assert.match(await page.locator('#o1-metro ~ .metro-note').textContent(), /^No area matches/);
  // A place as people write it, then Tab: the highlighted area is chosen, and focus moves on to
  // the next field, from a short list and from one long enough to scroll.
  let chosen;
  for (const typed of ['houston, tx', 'new']) {
    await box.focus();
    await box.fill('');
    await box.pressSequentially(typed);
    await page.waitForSelector('#o1-metro-list li');
    const first = await page.locator('#o1-metro-0').textContent();
    if (typed === 'houston, tx') assert.equal(first, 'Houston-Pasadena-The Woodlands, TX');
    else assert.equal(await page.locator('#o1-metro-list li').count(), 8);
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => /o1\.metro=\d+/.test(location.search));
    assert.equal(await box.inputValue(), first);
    chosen = first;
    assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'input-freq-1', typed);
  }
  // The first Escape closes the list and keeps what was typed; the second shows the choice.
  await box.selectText();
  await page.keyboard.type('bos');
  await page.waitForSelector('#o1-metro-list li');
  await box.press('Escape');
  assert.equal(await box.getAttribute('aria-expanded'), 'false');
  assert.equal(await box.inputValue(), 'bos');
  await box.press('Escape');
  assert.equal(await box.inputValue(), chosen);
  assert.deepEqual(page.problems, []);
});

test('a metro area outside the work location is kept, and said', async () => {
  const page = await open(session, '?v=2&o1.wage=25&o1.state=OH&o1.metro=18020&o2.state=OH&o2.metro=18140');
  await page.waitForFunction(() => document.querySelectorAll('.bench-list li').length === 2 && document.querySelector('.bench-list').textContent.includes('Columbus, IN'));
  const [other, same] = await page.locator('.bench-list > li').allTextContents();
  assert.match(other, /Columbus, IN is not in Ohio, the offer's work location\./);
  assert.doesNotMatch(same, /is not in Ohio/);
  assert.deepEqual(page.problems, []);
  // A metro area with no work location or home state: its state's tax is not counted, and the
  // state tax row says where the area is.
  const bare = await open(session, '?v=2&o1.wage=25&o1.metro=41860');
  assert.match(await hook(bare, 'state-tax-1').textContent(), /none counted: the metro area is in California; set the work location/);
  assert.deepEqual(bare.problems, []);
});

test('values BLS does not publish are said, never shown as numbers', async () => {
  // Elmira, NY (21300): BLS released none of its wages of medical records specialists.
  assert.equal(OEWS.get('29-2072|21300').points, null);
  const page = await open(session, '?v=2&o1.wage=20&o1.metro=21300');
  await page.waitForFunction(() => document.querySelector('[data-testid="offer-card-1"]')?.textContent.includes('Elmira'));
  assert.equal(await hook(page, 'local-percentile-1').count(), 0);
  assert.match(await hook(page, 'offer-card-1').textContent(), /Not every percentile published for Elmira, NY/);
  const bench = await page.locator('.bench-list li').first().textContent();
  assert.match(bench, /In Elmira, NY: BLS does not publish every percentile here; median not published, mean not published/);
  assert.deepEqual(page.problems, []);
});

test('a link with an unknown occupation or metro area sets them aside with a notice', async () => {
  const page = await open(session, '?v=2&o1.wage=25&o1.occ=99-9999&o1.metro=123');
  const notice = await hook(page, 'link-warnings').textContent();
  assert.match(notice, /o1\.occ/);
  assert.match(notice, /o1\.metro/);
  await expectFigure(page, 'percentile-1', percentileAmong(25, national('29-2072').points));
  assert.deepEqual(page.problems, []);
});

test('another occupation is placed among its own wages', async () => {
  const page = await open(session, '?v=2&o1.wage=45');
  await openMore(page, 1);
  await hook(page, 'input-occ-1').selectOption('11-9111');
  await page.waitForFunction(() => location.search.includes('o1.occ=11-9111'));
  await expectFigure(page, 'percentile-1', percentileAmong(45, national('11-9111').points));
  assert.deepEqual(page.problems, []);
});

test('the career path prices the offer\'s percentile in each next role where it is', async () => {
  const page = await open(session, '?v=2&o1.wage=22&o1.state=TX');
  const career = hook(page, 'career-1');
  await career.locator('xpath=ancestor::details').locator('summary').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="career-1"] tbody tr').length === 5);
  const own = percentileAmong(22, OEWS.get('29-2072|TX').points);
  const row = await career.locator('tbody tr', { hasText: '29-9021' }).textContent();
  const expected = wageAt(own, OEWS.get('29-9021|TX').points);
  assert.ok(row.includes('Texas'), row);
  assert.ok(row.includes(`$${expected.toFixed(2)}`), `${row} holds ${expected.toFixed(2)}`);
  assert.deepEqual(page.problems, []);
});

test('a market detail that fails to load says so, and the area search tries again', async () => {
  const context = await session.browser.newContext();
  const page = await context.newPage();
  await page.route('**/market.js*', (route) => route.abort());
  await page.goto(`${session.url}?v=2&o1.wage=25&o1.state=NJ`);
  await page.waitForFunction(() => document.querySelector('[data-testid="offer-card-1"]')?.textContent.includes('could not be loaded'));
  assert.equal(await hook(page, 'local-percentile-1').count(), 0);
  // The network is back: focusing the area search loads it, at a new address, and the figure comes.
  await page.unroute('**/market.js*');
  await hook(page, 'input-metro-1').focus();
  await page.waitForSelector('[data-testid="local-percentile-1"]');
  assert.ok((await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('market.js')))).some((n) => n.includes('try=1')));
  await context.close();
});
